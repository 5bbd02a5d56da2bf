namespace CareMatch.Providers.Contracts;

public enum CredentialState
{
    /// <summary>Uploaded, waiting for an admin.</summary>
    AwaitingReview = 1,
    Verified,
    Rejected,
}
