using System.Reflection;
using CareMatch.ArchitectureTests.Support;
using CareMatch.SharedKernel.Authorization;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// In the web host, only its own tasks that run with nobody signed in (the command line and demo
/// seeding) may send as a module: everything else serves a person and sends through ISender, so
/// the access behaviour checks that person. Those other types use neither IModuleSender nor any
/// message declared for modules only. The Mediator generator's wiring names every message, and
/// Program registers the module sender without sending anything, so both are exempt.
/// </summary>
internal sealed class OnlyHostTasksSendAsModulesRule
{
    public static readonly IReadOnlyList<string> HostTaskNamespaces =
        ["CareMatch.Web.Infrastructure.CommandLine", "CareMatch.Web.Infrastructure.Demo"];

    private const string CompositionRoot = "Program";

    private static readonly string ModuleSender = typeof(IModuleSender).FullName!;

    public IReadOnlyList<string> Check(Assembly host, IEnumerable<Assembly> contracts)
    {
        var modulesOnly = contracts.SelectMany(ContractMessages.In)
            .Where(message => MessageAccess.For(message) is { ModulesOnly: true })
            .Select(message => message.FullName!)
            .ToHashSet(StringComparer.Ordinal);
        var violations = new List<string>();
        foreach (var (source, usedTypes) in TypeUsage.Of(host).Where(entry => !entry.Key.IsGeneratedMediatorWiring && entry.Key.FullName != CompositionRoot && !IsHostTask(entry.Key)))
        {
            violations.AddRange(usedTypes.Where(used => used.FullName == ModuleSender)
                .Select(used => $"{source.FullName} (in the host) uses {used.FullName}. Send through ISender, as the signed-in person."));
            violations.AddRange(usedTypes.Where(used => modulesOnly.Contains(used.FullName))
                .Select(used => $"{source.FullName} (in the host) uses {used.FullName}, which only modules may send."));
        }
        return violations.Order(StringComparer.Ordinal).ToList();
    }

    private static bool IsHostTask(SourceType source) =>
        HostTaskNamespaces.Any(prefix => source.Namespace == prefix || source.Namespace.StartsWith(prefix + ".", StringComparison.Ordinal));
}
