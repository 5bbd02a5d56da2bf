using System.Reflection;
using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// The web host's own code uses nothing from a module's implementation assemblies except the
/// <c>XModule</c> entry points it calls at start-up; everything else goes through contracts and
/// the mediator. The Mediator source generator's wiring (generated code in the Mediator and
/// Microsoft.Extensions.DependencyInjection namespaces) must reach the handlers, so it is exempt.
/// </summary>
internal sealed class WebHostUsesModulesOnlyThroughEntryPointsRule
{
    public IReadOnlyList<string> Check(Assembly host, ModuleMap modules)
    {
        var violations = new List<string>();
        foreach (var (source, usedTypes) in TypeUsage.Of(host).Where(entry => !entry.Key.IsGeneratedMediatorWiring))
        {
            foreach (var used in usedTypes)
            {
                if (modules.ImplementationOwnerOf(used.AssemblyName) is not { } owner || modules.IsEntryPoint(used.FullName)) continue;
                violations.Add($"{source.FullName} (in the host) uses {used}, part of the implementation of module {owner}. "
                    + $"Only CareMatch.{owner}.{owner}Module may be used; send CareMatch.{owner}.Contracts messages for the rest.");
            }
        }
        return violations.Order(StringComparer.Ordinal).ToList();
    }
}
