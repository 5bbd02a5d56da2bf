using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class OnlyTheOutboxPublishesTests
{
    private readonly OnlyTheOutboxPublishesRule _rule = new();

    [Fact]
    public void Nothing_but_the_outbox_publisher_calls_Publish() =>
        Violations.AssertNone(ProductAssemblies.All.SelectMany(_rule.Check).ToList());

    [Fact]
    public void The_outbox_publisher_is_seen_publishing_so_its_exemption_is_real()
    {
        var publishes = MethodCalls.In(ProductAssemblies.SharedKernel)
            .Where(call => call.Caller.FullName == OnlyTheOutboxPublishesRule.OutboxPublisher && call.CalledMethod == "Publish");

        Assert.Contains(publishes, call => call.CalledType == "Mediator.IPublisher");
    }

    [Fact]
    public void Reports_publishing_through_IPublisher_and_IMediator()
    {
        var violations = _rule.Check(ProductAssemblies.BadExamples);

        Violations.AssertReported(violations,
            "BadExamples.Outbox.DirectPublisher.TellEveryoneAsync calls Mediator.IPublisher.Publish", // in an async state machine
            "BadExamples.Outbox.DirectPublisher.TellThroughTheMediatorAsync calls Mediator.IPublisher.Publish", // through IMediator
            "BadExamples.Pages.DistancePageModel.OnPostAsync calls Mediator.IPublisher.Publish");
    }
}
