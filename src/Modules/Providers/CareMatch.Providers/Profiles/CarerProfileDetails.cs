using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;

namespace CareMatch.Providers.Profiles;

/// <summary>The profile details once checked and converted (rate in pence, languages split).</summary>
internal sealed record CarerProfileDetails(
    string? Bio,
    int TravelRadiusKm,
    IReadOnlyList<CareType> CareTypes,
    IReadOnlyList<CareSkill> Skills,
    string? Qualifications,
    IReadOnlyList<string> Languages,
    CarerGender? Gender,
    bool Drives,
    long HourlyRatePence);
