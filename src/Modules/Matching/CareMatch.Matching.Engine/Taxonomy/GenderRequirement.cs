namespace CareMatch.Matching.Engine.Taxonomy;

/// <summary>How strongly a seeker cares about the carer's gender: a requirement filters, a preference ranks.</summary>
public enum GenderRequirement : byte
{
    None = 0,
    Preferred,
    Required,
}
