namespace CareMatch.Needs.Contracts;

/// <summary>
/// What other modules may know of a request: enough to match and count it, nothing private
/// (no recipient name, no notes, no address line; place is the postcode sector's centroid).
/// </summary>
public sealed record CareRequestFacts(
    string SeekerUserId,
    CareRequirements Requirements,
    CareSchedule When,
    AgeBand RecipientAgeBand,
    string Sector,
    string District,
    double SectorLatitude,
    double SectorLongitude,
    long MaxHourlyRatePence,
    FundingSource Funding);
