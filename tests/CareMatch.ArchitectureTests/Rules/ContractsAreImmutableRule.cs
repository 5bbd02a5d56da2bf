using System.Reflection;
using System.Runtime.CompilerServices;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Every public type in a <c>.Contracts</c> assembly is immutable: no public setter that is not
/// init-only, and no public writable field, instance or static. Messages cross module
/// boundaries and may be handled more than once; nobody along the way may change them.
/// Enums, interfaces and delegates hold no state and are skipped.
/// </summary>
internal sealed class ContractsAreImmutableRule
{
    private const BindingFlags PublicMembers = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

    public IReadOnlyList<string> Check(Assembly contracts)
    {
        var violations = new List<string>();
        foreach (var type in contracts.GetExportedTypes().Where(HoldsState))
        {
            violations.AddRange(type.GetProperties(PublicMembers)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{type.FullName}.{p.Name} has a public setter. Make it init-only (or use a positional record)."));
            violations.AddRange(type.GetFields(PublicMembers)
                .Where(f => !f.IsInitOnly && !f.IsLiteral)
                .Select(f => $"{type.FullName}.{f.Name} is a public writable field. Make it a get-only or init-only property."));
        }
        return violations;
    }

    private static bool HoldsState(Type type) =>
        !type.IsEnum && !type.IsInterface && !typeof(Delegate).IsAssignableFrom(type);

    /// <summary>The compiler marks an <c>init</c> accessor with a required IsExternalInit modifier on its return.</summary>
    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
