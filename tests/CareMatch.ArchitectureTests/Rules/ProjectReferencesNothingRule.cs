using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// A project that must stay pure (CareMatch.Matching.Engine) references no project, package or
/// shared framework: the BCL it gets by default is all it may use.
/// </summary>
internal sealed class ProjectReferencesNothingRule
{
    public IReadOnlyList<string> Check(ProjectFile project) =>
    [
        .. project.ProjectReferences.Select(r => $"{project.Name} references the project {r}; it may use the BCL only."),
        .. project.PackageReferences.Select(r => $"{project.Name} references the package {r}; it may use the BCL only."),
        .. project.FrameworkReferences.Select(r => $"{project.Name} references the framework {r}; it may use the BCL only."),
    ];
}
