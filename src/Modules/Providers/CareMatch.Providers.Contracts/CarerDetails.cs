using CareMatch.Needs.Contracts;

namespace CareMatch.Providers.Contracts;

public sealed record CarerDetails(
    string? Bio,
    int? TravelRadiusKm,
    IReadOnlyList<CareType> CareTypes,
    IReadOnlyList<CareSkill> Skills,
    string? Qualifications,
    IReadOnlyList<string> Languages,
    CarerGender? Gender,
    bool Drives,
    long? HourlyRatePence,
    bool HasPhoto);
