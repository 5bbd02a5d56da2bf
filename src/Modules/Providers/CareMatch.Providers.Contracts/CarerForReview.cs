namespace CareMatch.Providers.Contracts;

public sealed record CarerForReview(
    Guid ProfileId,
    string? DisplayName,
    string? Email,
    string? HomePostcode,
    string? HomeSector,
    CarerProfileStatus Status,
    bool Bookable,
    CarerDetails Details,
    IReadOnlyList<CredentialView> Credentials);
