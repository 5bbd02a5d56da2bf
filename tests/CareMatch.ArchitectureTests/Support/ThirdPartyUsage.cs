using System.Reflection;
using NetArchTest.Rules;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// Whether an assembly uses a third-party library: any type depending on the library's
/// namespace (NetArchTest reads the IL), or a metadata reference to the library's assemblies.
/// </summary>
internal static class ThirdPartyUsage
{
    public static IReadOnlyList<string> Find(
        Assembly assembly, string libraryNamespace, Func<string, bool> isLibraryAssembly, string why)
    {
        var assemblyName = assembly.GetName().Name;
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOn(libraryNamespace).GetResult();
        var typeUses = (result.FailingTypeNames ?? [])
            .Select(type => $"{type} (in {assemblyName}) depends on {libraryNamespace}. {why}");
        var references = assembly.GetReferencedAssemblies()
            .Where(r => isLibraryAssembly(r.Name!))
            .Select(r => $"{assemblyName} references {r.Name}. {why}");
        return [.. typeUses.Order(StringComparer.Ordinal), .. references];
    }
}
