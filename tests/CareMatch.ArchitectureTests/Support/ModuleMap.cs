using System.Reflection;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// Which module owns which implementation assembly, and each module's entry point. Contracts
/// assemblies are deliberately absent: anyone may use them.
/// </summary>
internal sealed class ModuleMap
{
    private readonly Dictionary<string, string> _implementationOwners = new(StringComparer.Ordinal);
    private readonly HashSet<string> _entryPoints = new(StringComparer.Ordinal);

    public ModuleMap(IEnumerable<ModuleAssemblies> modules)
    {
        foreach (var module in modules)
        {
            foreach (var assembly in module.ImplementationAssemblies) _implementationOwners[NameOf(assembly)] = module.Name;
            _entryPoints.Add(module.EntryPointTypeName);
        }
    }

    /// <summary>The module whose implementation this assembly is, or null for contracts and everything else.</summary>
    public string? ImplementationOwnerOf(string assemblyName) =>
        _implementationOwners.GetValueOrDefault(assemblyName);

    public bool IsEntryPoint(string typeFullName) => _entryPoints.Contains(typeFullName);

    private static string NameOf(Assembly assembly) => assembly.GetName().Name!;
}
