namespace CareMatch.Providers.Contracts;

/// <summary>
/// What the carer sees about their own profile. <see cref="Notices"/> are the things that stop
/// them being bookable or soon will (missing details, credentials to upload, expiries within 30 days).
/// </summary>
public sealed record CarerProfileSummary(
    Guid ProfileId,
    string UserId,
    CarerProfileStatus Status,
    DateTimeOffset CreatedAt,
    string? DisplayName,
    string? HomePostcode,
    string? HomeSector)
{
    public bool Bookable { get; init; }

    public IReadOnlyList<string> Notices { get; init; } = [];
}
