using System.Reflection;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// One module's compiled assemblies: its public contracts, its implementation, and any further
/// implementation assemblies it owns (Matching's engine).
/// </summary>
internal sealed record ModuleAssemblies(
    string Name, Assembly Contracts, Assembly Implementation, IReadOnlyList<Assembly> MoreImplementation)
{
    /// <summary>The one type other code may use from the implementation: <c>CareMatch.X.XModule</c>.</summary>
    public string EntryPointTypeName => $"{Implementation.GetName().Name}.{Name}Module";

    public IEnumerable<Assembly> ImplementationAssemblies => [Implementation, .. MoreImplementation];

    public IEnumerable<Assembly> AllAssemblies => [Contracts, .. ImplementationAssemblies];
}
