namespace CareMatch.Needs.Contracts;

/// <summary>A request for anyone who may act on it. <paramref name="YouActAs"/> is set when the asker was invited to it, like "attorney".</summary>
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
    bool CanCancel,
    string? YouActAs = null);
