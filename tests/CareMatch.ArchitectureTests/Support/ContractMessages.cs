using System.Reflection;
using Mediator;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>The commands and queries a contracts assembly offers: every concrete exported ICommand&lt;T&gt; or IQuery&lt;T&gt;.</summary>
internal static class ContractMessages
{
    public static IEnumerable<Type> In(Assembly contracts) =>
        contracts.GetExportedTypes().Where(type => type is { IsClass: true, IsAbstract: false } && type.GetInterfaces().Any(IsCommandOrQuery));

    private static bool IsCommandOrQuery(Type implemented) =>
        implemented.IsGenericType && implemented.GetGenericTypeDefinition() is var definition
        && (definition == typeof(ICommand<>) || definition == typeof(IQuery<>));
}
