namespace CareMatch.Accounts.Admins;

/// <summary>
/// <c>Accounts:BootstrapAdmin</c>: the first admin, from configuration (environment or
/// user secrets), never from code. Ignored once that account exists.
/// </summary>
internal sealed class BootstrapAdminSettings
{
    public const string Section = "Accounts:BootstrapAdmin";

    public string? Email { get; set; }

    public string? Password { get; set; }
}
