using System.Reflection;
using CareMatch.ArchitectureTests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Razor page models are thin: they bind, send one command or query through Mediator.ISender,
/// and render or redirect. So they touch no EF Core and no DbContext, no module implementation
/// (not even the XModule entry points), and no mediator interface that can publish.
/// </summary>
internal sealed class PageModelsAreThinRule
{
    private static readonly HashSet<string> PublishingMediatorTypes =
        new(["Mediator.IMediator", "Mediator.IPublisher", "Mediator.Mediator"], StringComparer.Ordinal);

    private const string EntityFrameworkNamespace = "Microsoft.EntityFrameworkCore";

    public IReadOnlyList<string> Check(Assembly host, ModuleMap modules)
    {
        var pageModels = host.GetTypes()
            .Where(t => !t.IsNested && typeof(PageModel).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToHashSet(StringComparer.Ordinal);

        var violations = new List<string>();
        foreach (var (source, usedTypes) in TypeUsage.Of(host).Where(entry => pageModels.Contains(entry.Key.FullName)))
        {
            foreach (var used in usedTypes)
            {
                var problem = ProblemWith(used, modules);
                if (problem is not null) violations.Add($"Page model {source.FullName} {problem}");
            }
        }
        return violations.Order(StringComparer.Ordinal).ToList();
    }

    private static string? ProblemWith(UsedType used, ModuleMap modules)
    {
        if (used.FullName.StartsWith(EntityFrameworkNamespace, StringComparison.Ordinal))
            return $"uses EF Core ({used.FullName}). Send a query or command through ISender instead.";
        if (modules.ImplementationOwnerOf(used.AssemblyName) is { } owner)
            return $"uses {used}, part of the implementation of module {owner}. Send one of its contracts through ISender instead.";
        if (PublishingMediatorTypes.Contains(used.FullName))
            return $"uses {used.FullName}. Page models talk to modules through Mediator.ISender only.";
        if (IsDbContext(used))
            return $"uses the DbContext {used}. Send a query or command through ISender instead.";
        return null;
    }

    /// <summary>A context of the host's own making (derived from DbContext outside EF's namespace).</summary>
    private static bool IsDbContext(UsedType used) =>
        Type.GetType($"{used.FullName}, {used.AssemblyName}", throwOnError: false) is { } type
        && typeof(DbContext).IsAssignableFrom(type);
}
