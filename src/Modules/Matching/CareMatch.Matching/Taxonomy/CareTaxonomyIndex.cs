using CareMatch.Matching.Engine.Taxonomy;
using CareMatch.Needs.Contracts;
using EngineGender = CareMatch.Matching.Engine.Taxonomy.CarerGender;
using ProviderGender = CareMatch.Providers.Contracts.CarerGender;

namespace CareMatch.Matching.Taxonomy;

/// <summary>
/// Needs' care types and skills, and both modules' genders, in the engine's terms. Care types
/// and skills use their enum values as bit indexes: the values are fixed (stored by name,
/// append-only) and well under 64, so seekers and carers map the same way on every node.
/// </summary>
internal static class CareTaxonomyIndex
{
    public static CareTypeSet SetOf(IEnumerable<CareType> careTypes)
    {
        var set = CareTypeSet.Empty;
        foreach (var careType in careTypes) set = set.With((int)careType);
        return set;
    }

    public static SkillSet SetOf(IEnumerable<CareSkill> skills)
    {
        var set = SkillSet.Empty;
        foreach (var skill in skills) set = set.With((int)skill);
        return set;
    }

    /// <summary>"Prefer not to say" and not said are Unknown, which never meets a gender requirement.</summary>
    public static EngineGender Of(ProviderGender? gender) => gender switch
    {
        ProviderGender.Female => EngineGender.Female,
        ProviderGender.Male => EngineGender.Male,
        ProviderGender.NonBinary => EngineGender.NonBinary,
        _ => EngineGender.Unknown,
    };

    public static EngineGender Of(PreferredGender? gender) => gender switch
    {
        PreferredGender.Female => EngineGender.Female,
        PreferredGender.Male => EngineGender.Male,
        _ => EngineGender.Unknown,
    };

    public static GenderRequirement Of(GenderPreference preference) => preference switch
    {
        GenderPreference.Required => GenderRequirement.Required,
        GenderPreference.Preferred => GenderRequirement.Preferred,
        _ => GenderRequirement.None,
    };
}
