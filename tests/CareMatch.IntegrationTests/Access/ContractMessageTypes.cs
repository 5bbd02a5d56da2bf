using System.Reflection;
using Mediator;

namespace CareMatch.IntegrationTests.Access;

/// <summary>
/// Every command and query the modules' contracts offer, found from the contract assemblies beside
/// the tests (every CareMatch.X.Contracts.dll), so a new module or message is covered unasked.
/// </summary>
internal static class ContractMessageTypes
{
    public static IReadOnlyList<Type> All { get; } = Directory.EnumerateFiles(AppContext.BaseDirectory, "CareMatch.*.Contracts.dll")
        .Select(file => Assembly.Load(new AssemblyName(Path.GetFileNameWithoutExtension(file))))
        .SelectMany(assembly => assembly.GetExportedTypes())
        .Where(type => type is { IsClass: true, IsAbstract: false } && type.GetInterfaces().Any(IsCommandOrQuery))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToList();

    private static bool IsCommandOrQuery(Type implemented) =>
        implemented.IsGenericType && implemented.GetGenericTypeDefinition() is var definition
        && (definition == typeof(ICommand<>) || definition == typeof(IQuery<>));
}
