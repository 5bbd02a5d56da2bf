using CareMatch.Providers.Contracts;

namespace CareMatch.Providers.Credentials;

/// <summary>When a credential stops counting.</summary>
internal static class CredentialExpiry
{
    /// <summary>
    /// Employers treat an enhanced DBS certificate as current for three years unless it is kept
    /// up to date on the DBS update service.
    /// </summary>
    public const int DbsYearsWithoutUpdateService = 3;

    /// <summary>The last day it counts, or null when it does not expire.</summary>
    public static DateOnly? LastValidDay(Credential credential) => credential.Kind switch
    {
        CredentialKind.EnhancedDbs when credential.OnUpdateService => null,
        CredentialKind.EnhancedDbs => credential.IssuedOn?.AddYears(DbsYearsWithoutUpdateService).AddDays(-1),
        _ => credential.ExpiresOn,
    };

    public static bool IsExpired(Credential credential, DateOnly today) => LastValidDay(credential) is { } last && last < today;

    /// <summary>The kinds whose lapse the daily task watches (and warns about); others are checked at review.</summary>
    public static bool IsWatched(CredentialKind kind) => kind is CredentialKind.EnhancedDbs or CredentialKind.PublicLiabilityInsurance;
}
