using CareMatch.Needs.Contracts;

namespace CareMatch.Needs.Requests;

/// <summary>A request's content once every field has been read and checked: the only way content reaches a <see cref="CareRequest"/>.</summary>
internal sealed record CareRequestSpec(
    string RecipientFirstName,
    AgeBand RecipientAgeBand,
    RecipientRelationship RecipientRelationship,
    string? CareNotes,
    IReadOnlyList<CareType> CareTypes,
    IReadOnlyList<CareSkill> RequiredSkills,
    IReadOnlyList<CareSkill> PreferredSkills,
    IReadOnlyList<string> Languages,
    GenderPreference GenderPreference,
    PreferredGender? CarerGender,
    bool NeedsDriver,
    bool HasPets,
    bool SmokingInHome,
    ScheduleKind Schedule,
    DateOnly StartDate,
    DateOnly? EndDate,
    IReadOnlyList<VisitSlot> Slots,
    bool Urgent,
    PlaceSpec Place,
    long MaxHourlyRatePence,
    FundingSource Funding);
