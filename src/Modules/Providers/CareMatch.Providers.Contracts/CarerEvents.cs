using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Events;

namespace CareMatch.Providers.Contracts;

/// <summary>
/// A carer's public profile changed (details, area, availability or bookability). Carries only
/// what seekers may see: the home sector and its centroid, never the postcode.
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
    bool Bookable) : IntegrationEvent;

/// <summary>Every required credential of this carer is now verified: they may be booked.</summary>
public sealed record CarerVerified(Guid ProfileId) : IntegrationEvent;

/// <summary>The carer may no longer be booked (a credential lapsed or was rejected, or the account was suspended).</summary>
public sealed record CarerSuspended(Guid ProfileId, string Reason) : IntegrationEvent;

/// <summary>
/// The carer's account was deleted and their profile, checks and files with it. Modules that
/// keep rows by this profile id delete or anonymise them.
/// </summary>
public sealed record CarerProfileDeleted(Guid ProfileId) : IntegrationEvent;
