namespace CareMatch.Needs.Contracts;

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
