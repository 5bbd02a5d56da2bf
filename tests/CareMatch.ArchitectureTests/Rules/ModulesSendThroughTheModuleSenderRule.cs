using System.Reflection;
using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Module code sends other modules' messages through IModuleSender, never the mediator's own
/// ISender or IMediator. Messages declared [SentByModules] admit only calls the module sender
/// marks, so a handler or job on the plain sender would be refused at run time, or, worse, a
/// module-only message would need opening to people to make it work.
/// </summary>
internal sealed class ModulesSendThroughTheModuleSenderRule
{
    private static readonly string[] PlainSenders = ["Mediator.ISender", "Mediator.IMediator"];

    public IReadOnlyList<string> Check(Assembly implementation) =>
        TypeUsage.Of(implementation)
            .SelectMany(entry => entry.Value
                .Where(used => PlainSenders.Contains(used.FullName))
                .Select(used => $"{entry.Key.FullName} uses {used.FullName}. Module code sends through "
                    + "CareMatch.SharedKernel.Authorization.IModuleSender."))
            .Order(StringComparer.Ordinal)
            .ToList();
}
