namespace CareMatch.Providers.Contracts;

/// <summary>The checks a carer must pass to be bookable; each needs evidence. Stored by name.</summary>
public enum CredentialKind
{
    EnhancedDbs = 1,
    RightToWork,
    PublicLiabilityInsurance,
    FirstReference,
    SecondReference,
}
