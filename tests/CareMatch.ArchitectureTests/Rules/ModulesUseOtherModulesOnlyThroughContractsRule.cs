using System.Reflection;
using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// A module's assemblies may use another module only through its <c>.Contracts</c>. Judged by the
/// assembly each used type lives in (not by namespace), and backed up by the assembly's
/// metadata references, so no use of another module's implementation goes unseen.
/// </summary>
internal sealed class ModulesUseOtherModulesOnlyThroughContractsRule
{
    public IReadOnlyList<string> Check(Assembly assembly, string ownModule, ModuleMap modules)
    {
        var assemblyName = assembly.GetName().Name;
        var violations = new List<string>();
        foreach (var (source, usedTypes) in TypeUsage.Of(assembly))
        {
            foreach (var used in usedTypes)
            {
                var owner = modules.ImplementationOwnerOf(used.AssemblyName);
                if (owner is null || owner == ownModule) continue;
                violations.Add($"{source.FullName} (in {assemblyName}, module {ownModule}) uses {used}, "
                    + $"part of the implementation of module {owner}. Use CareMatch.{owner}.Contracts instead.");
            }
        }
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            var owner = modules.ImplementationOwnerOf(reference.Name!);
            if (owner is null || owner == ownModule) continue;
            violations.Add($"{assemblyName} (module {ownModule}) references {reference.Name}, part of the implementation of module {owner}.");
        }
        return violations.Order(StringComparer.Ordinal).ToList();
    }
}
