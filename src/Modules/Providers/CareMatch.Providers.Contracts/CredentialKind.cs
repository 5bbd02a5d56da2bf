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

public enum CredentialState
{
    /// <summary>Uploaded, waiting for an admin.</summary>
    AwaitingReview = 1,
    Verified,
    Rejected,
}
