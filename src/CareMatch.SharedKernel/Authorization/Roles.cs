namespace CareMatch.SharedKernel.Authorization;

/// <summary>
/// The four kinds of user, by name. They live here, not in Accounts.Contracts, because every
/// module's contracts name them in their access declarations and contracts see only the kernel.
/// </summary>
public static class Roles
{
    public const string Seeker = "Seeker";
    public const string Carer = "Carer";
    public const string Commissioner = "Commissioner";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Seeker, Carer, Commissioner, Admin];
}
