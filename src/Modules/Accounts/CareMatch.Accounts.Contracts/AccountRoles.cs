using CareMatch.SharedKernel.Authorization;

namespace CareMatch.Accounts.Contracts;

/// <summary>The four kinds of user. Seekers and carers sign themselves up; the others are appointed. The names are the kernel's <see cref="Roles"/>.</summary>
public static class AccountRoles
{
    public const string Seeker = Roles.Seeker;
    public const string Carer = Roles.Carer;
    public const string Commissioner = Roles.Commissioner;
    public const string Admin = Roles.Admin;

    public static IReadOnlyList<string> All => Roles.All;

    public static IReadOnlyList<string> SelfService { get; } = [Seeker, Carer];
}
