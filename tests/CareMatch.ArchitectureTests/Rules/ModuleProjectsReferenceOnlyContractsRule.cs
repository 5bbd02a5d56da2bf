using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// In the project files: a module's implementation projects may reference the shared kernel, its
/// own module's projects and other modules' <c>.Contracts</c>; a <c>.Contracts</c> project only
/// the shared kernel and other <c>.Contracts</c>. Never another module's implementation, the
/// host or the migrations. Catches a bad reference even before any code uses it.
/// </summary>
internal sealed class ModuleProjectsReferenceOnlyContractsRule
{
    private const string SharedKernel = "CareMatch.SharedKernel";

    public IReadOnlyList<string> Check(ProjectFile project, IReadOnlyCollection<string> moduleNames)
    {
        var self = ProjectIdentity.Of(project.Name, moduleNames);
        if (!self.IsModule) return [];

        return project.ProjectReferences
            .Where(reference => !IsAllowed(self, ProjectIdentity.Of(reference, moduleNames), reference))
            .Select(reference => self.IsContracts
                ? $"{project.Name} references {reference}; a contracts project may reference only {SharedKernel} and other .Contracts projects."
                : $"{project.Name} references {reference}; module {self.Module} may reference only its own projects, {SharedKernel} and other modules' .Contracts.")
            .ToList();
    }

    private static bool IsAllowed(ProjectIdentity self, ProjectIdentity target, string reference) =>
        reference == SharedKernel
        || target.IsContracts
        || (!self.IsContracts && target.Module == self.Module);
}
