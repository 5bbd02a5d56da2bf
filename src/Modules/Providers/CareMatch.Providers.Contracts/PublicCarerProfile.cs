using CareMatch.Needs.Contracts;

namespace CareMatch.Providers.Contracts;

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
