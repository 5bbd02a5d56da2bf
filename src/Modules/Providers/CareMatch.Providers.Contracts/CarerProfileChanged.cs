using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Events;

namespace CareMatch.Providers.Contracts;

/// <summary>
/// A carer's public profile changed (details, area, availability or bookability). Carries only
/// what seekers may see: the home sector and its centroid, never the postcode.
/// <see cref="WeeklyMinutesOffered"/>: the length of all the carer's weekly slots (0 in events from before it was added).
/// </summary>
public sealed record CarerProfileChanged(
    Guid ProfileId,
    string? HomeSector,
    double? SectorLatitude,
    double? SectorLongitude,
    int? TravelRadiusKm,
    IReadOnlyList<CareType> CareTypes,
    IReadOnlyList<CareSkill> Skills,
    IReadOnlyList<string> Languages,
    CarerGender? Gender,
    bool Drives,
    long? HourlyRatePence,
    bool Bookable,
    int WeeklyMinutesOffered = 0) : IntegrationEvent;
