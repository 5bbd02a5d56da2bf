using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>The signed-in seeker's own requests, newest first.</summary>
[SentBy(Roles.Seeker)]
public sealed record ListMyCareRequests : IQuery<IReadOnlyList<MyCareRequestSummary>>;

public sealed record MyCareRequestSummary(
    Guid RequestId,
    string RecipientFirstName,
    IReadOnlyList<CareType> CareTypes,
    ScheduleKind Schedule,
    DateOnly StartDate,
    CareRequestStatus Status,
    DateTimeOffset CreatedAt);

/// <summary>One of the signed-in seeker's own requests, private details included. Anyone else's id is not found.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetMyCareRequest(Guid RequestId) : IQuery<MyCareRequest>;

public sealed record MyCareRequest(
    Guid RequestId,
    CareRequestStatus Status,
    DateTimeOffset CreatedAt,
    string RecipientFirstName,
    AgeBand RecipientAgeBand,
    RecipientRelationship RecipientRelationship,
    string? CareNotes,
    CareRequirements Requirements,
    CareSchedule When,
    string Postcode,
    string Sector,
    string AddressLine,
    long MaxHourlyRatePence,
    FundingSource Funding,
    string? CancellationReason,
    bool CanEdit,
    bool CanPublish,
    bool CanCancel);

/// <summary>What care is asked for: the part of a request anyone matched to it may see.</summary>
public sealed record CareRequirements(
    IReadOnlyList<CareType> CareTypes,
    IReadOnlyList<CareSkill> RequiredSkills,
    IReadOnlyList<CareSkill> PreferredSkills,
    IReadOnlyList<string> Languages,
    GenderPreference GenderPreference,
    PreferredGender? CarerGender,
    bool NeedsDriver,
    bool HasPets,
    bool SmokingInHome);

/// <summary>When care is needed. A one-off visit has one slot and its end date is its start date.</summary>
public sealed record CareSchedule(
    ScheduleKind Kind,
    DateOnly StartDate,
    DateOnly? EndDate,
    IReadOnlyList<CareSlot> Slots,
    bool Urgent);

public sealed record CareSlot(DayOfWeek Day, TimeOnly Start, TimeOnly End);

/// <summary>The seeker's own request as the edit form shows it, with whether it may still be edited.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetMyCareRequestForEditing(Guid RequestId) : IQuery<EditableCareRequest>;

public sealed record EditableCareRequest(CareRequestStatus Status, bool CanEdit, CareRequestDetails Details);

/// <summary>
/// An open request as the signed-in carer may see it: what, when, budget, the postcode sector
/// and how far it is from the carer's home sector. Never the address, the notes or a name.
/// Requests that are not open are not found.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record GetCareRequestForCarer(Guid RequestId) : IQuery<CareRequestForCarer>;

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
