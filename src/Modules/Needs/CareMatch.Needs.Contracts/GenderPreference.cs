namespace CareMatch.Needs.Contracts;

/// <summary>How strongly a seeker cares about the carer's gender: a requirement filters, a preference ranks.</summary>
public enum GenderPreference
{
    None = 0,
    Preferred,
    Required,
}
