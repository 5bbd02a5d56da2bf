namespace CareMatch.Needs.Contracts;

public sealed record CareRequestForCarer(
    Guid RequestId,
    CareRequirements Requirements,
    CareSchedule When,
    AgeBand RecipientAgeBand,
    string Sector,
    long MaxHourlyRatePence,
    FundingSource Funding,
    double? DistanceKm,
    string? CarerHomeSector);
