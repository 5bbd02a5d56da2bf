namespace CareMatch.Needs.Contracts;

public sealed record MyCareRequest(
    Guid RequestId,
    CareRequestStatus Status,
    DateTimeOffset CreatedAt,
    string RecipientFirstName,
    AgeBand RecipientAgeBand,
    RecipientRelationship RecipientRelationship,
    string? CareNotes,
    CareRequirements Requirements,
    CareSchedule When,
    string Postcode,
    string Sector,
    string AddressLine,
    long MaxHourlyRatePence,
    FundingSource Funding,
    string? CancellationReason,
    bool CanEdit,
    bool CanPublish,
    bool CanCancel);
