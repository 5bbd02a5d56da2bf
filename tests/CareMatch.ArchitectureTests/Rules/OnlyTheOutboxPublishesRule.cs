using System.Reflection;
using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Nobody calls the mediator's Publish except the outbox publisher. A direct publish runs the
/// other modules' handlers inside this request, and the side effect is lost (or half done) if
/// the request then fails; an outbox row is saved with the change and delivered later.
/// </summary>
internal sealed class OnlyTheOutboxPublishesRule
{
    /// <summary>The one type allowed to publish: it drains the outbox.</summary>
    public const string OutboxPublisher = "CareMatch.SharedKernel.Outbox.OutboxPublisher`1";

    private const string MediatorNamespace = "Mediator.";

    public IReadOnlyList<string> Check(Assembly assembly) =>
        MethodCalls.In(assembly)
            .Where(call => call.CalledMethod == "Publish"
                && call.CalledType.StartsWith(MediatorNamespace, StringComparison.Ordinal)
                && call.Caller.FullName != OutboxPublisher
                && !call.Caller.IsGeneratedMediatorWiring)
            .Select(call => $"{call.Caller.FullName}.{call.CallerMethod} calls {call.Called}. "
                + "Add the integration event to the module's outbox (DbContext.AddIntegrationEvent) instead.")
            .Distinct()
            .ToList();
}
