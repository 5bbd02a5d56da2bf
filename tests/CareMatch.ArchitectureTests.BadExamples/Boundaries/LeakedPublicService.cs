namespace CareMatch.ArchitectureTests.BadExamples.Boundaries;

/// <summary>Bad: a module implementation type that is public instead of internal.</summary>
public sealed class LeakedPublicService
{
    public string Describe() => nameof(LeakedPublicService);
}
