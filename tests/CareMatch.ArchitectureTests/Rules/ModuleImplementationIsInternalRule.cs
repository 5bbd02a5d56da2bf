using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// A module's implementation is all internal except its entry point: a public static class
/// <c>XModule</c> (in the assembly's root namespace) whose only member is
/// <c>AddXModule(this IServiceCollection, IConfiguration)</c>. Anything else public is a door
/// other modules could walk through instead of using the contracts.
/// </summary>
internal sealed class ModuleImplementationIsInternalRule
{
    public IReadOnlyList<string> Check(Assembly implementation, string moduleName)
    {
        var assemblyName = implementation.GetName().Name;
        var entryPointName = $"{assemblyName}.{moduleName}Module";
        var registrationName = $"Add{moduleName}Module";
        var visible = implementation.GetExportedTypes();

        var violations = visible
            .Where(t => t.FullName != entryPointName)
            .Select(t => $"{t.FullName} is public in {assemblyName}; only {entryPointName} may be. Make it internal.")
            .ToList();

        var entryPoint = visible.SingleOrDefault(t => t.FullName == entryPointName);
        if (entryPoint is null)
        {
            violations.Add($"{assemblyName} has no public static class {entryPointName}.");
            return violations;
        }
        if (!(entryPoint.IsAbstract && entryPoint.IsSealed))
            violations.Add($"{entryPointName} must be a static class.");

        var members = entryPoint.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.MemberType != MemberTypes.NestedType) // public nested types are reported above
            .ToList();
        violations.AddRange(members
            .Where(m => m.Name != registrationName)
            .Select(m => $"{entryPointName}.{m.Name} is public; the entry point exposes only {registrationName}."));

        var registrations = members.OfType<MethodInfo>().Where(m => m.Name == registrationName).ToList();
        if (registrations.Count != 1 || !IsRegistration(registrations[0]))
        {
            violations.Add($"{entryPointName} must declare exactly one public static IServiceCollection "
                + $"{registrationName}(this IServiceCollection services, IConfiguration configuration).");
        }
        return violations;
    }

    private static bool IsRegistration(MethodInfo method) =>
        method.IsStatic
        && method.IsDefined(typeof(ExtensionAttribute))
        && method.ReturnType == typeof(IServiceCollection)
        && method.GetParameters().Select(p => p.ParameterType)
            .SequenceEqual([typeof(IServiceCollection), typeof(IConfiguration)]);
}
