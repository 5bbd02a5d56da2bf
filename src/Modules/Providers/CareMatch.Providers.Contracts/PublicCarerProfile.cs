using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>
/// A bookable carer as seekers (and the matching engine) see them: never the home postcode or
/// any credential's evidence. Not bookable or unknown: NotFound. With a reference point, the
/// distance from the carer's home sector centroid to it.
/// </summary>
[SentBy(Roles.Seeker)]
[SentByModules]
public sealed record GetPublicCarerProfile(Guid ProfileId, double? FromLatitude = null, double? FromLongitude = null)
    : IQuery<PublicCarerProfile>;

/// <summary>Every bookable carer, for matching. Same shape and rules as <see cref="GetPublicCarerProfile"/>.</summary>
[SentByModules]
public sealed record ListBookableCarers(double? FromLatitude = null, double? FromLongitude = null)
    : IQuery<IReadOnlyList<PublicCarerProfile>>;

/// <summary>Whether a carer may be booked now: verified, nothing required expired, account not suspended.</summary>
[SentByModules]
public sealed record IsCarerBookable(Guid ProfileId) : IQuery<bool>;

public sealed record PublicCarerProfile(
    Guid ProfileId,
    string DisplayName,
    string? Bio,
    string HomeSector,
    double SectorLatitude,
    double SectorLongitude,
    double? DistanceKm,
    int TravelRadiusKm,
    IReadOnlyList<CareType> CareTypes,
    IReadOnlyList<CareSkill> Skills,
    string? Qualifications,
    IReadOnlyList<string> Languages,
    CarerGender? Gender,
    bool Drives,
    long HourlyRatePence,
    IReadOnlyList<WeeklySlot> Slots,
    IReadOnlyList<TimeOff> TimeOff);
