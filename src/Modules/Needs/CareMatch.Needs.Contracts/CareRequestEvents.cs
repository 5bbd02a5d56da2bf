using CareMatch.SharedKernel.Events;

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

/// <summary>A request was published: carers may now be matched to it.</summary>
public sealed record CareRequestOpened(Guid RequestId, CareRequestFacts Facts) : IntegrationEvent;

/// <summary>An open request was edited; the facts are the whole new version.</summary>
public sealed record CareRequestChanged(Guid RequestId, CareRequestFacts Facts) : IntegrationEvent;

/// <summary>A request stopped being open for good: Closed, Cancelled or Expired, as <paramref name="FinalStatus"/> says.</summary>
public sealed record CareRequestClosed(Guid RequestId, CareRequestStatus FinalStatus) : IntegrationEvent;
