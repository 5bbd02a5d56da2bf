namespace CareMatch.Accounts.Contracts;

/// <summary>The four kinds of user. Seekers and carers sign themselves up; the others are appointed.</summary>
public static class AccountRoles
{
    public const string Seeker = "Seeker";
    public const string Carer = "Carer";
    public const string Commissioner = "Commissioner";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Seeker, Carer, Commissioner, Admin];

    public static IReadOnlyList<string> SelfService { get; } = [Seeker, Carer];
}
