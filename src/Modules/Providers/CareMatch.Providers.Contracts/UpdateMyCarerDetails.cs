using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>
/// The carer describes the care they give. The distance and hourly rate come as typed ("15",
/// "18.50"), so the module says what is wrong with them; the rate is stored as whole pence;
/// languages come as a comma-separated list.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record UpdateMyCarerDetails(
    string? Bio,
    string? TravelRadiusKm,
    IReadOnlyList<CareType> CareTypes,
    IReadOnlyList<CareSkill> Skills,
    string? Qualifications,
    string? Languages,
    CarerGender? Gender,
    bool Drives,
    string? HourlyRate) : ICommand;
