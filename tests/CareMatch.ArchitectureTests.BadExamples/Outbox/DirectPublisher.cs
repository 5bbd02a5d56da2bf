using Mediator;

namespace CareMatch.ArchitectureTests.BadExamples.Outbox;

/// <summary>Something happened, told straight to the mediator instead of written to the outbox.</summary>
public sealed record SomethingHappened(Guid Id) : INotification;

/// <summary>Bad: publishes in-process, so the side effect is lost if this request fails after it.</summary>
internal sealed class DirectPublisher(IPublisher publisher, IMediator mediator)
{
    public async Task TellEveryoneAsync(CancellationToken cancellationToken)
    {
        await publisher.Publish(new SomethingHappened(Guid.NewGuid()), cancellationToken);
    }

    public ValueTask TellThroughTheMediatorAsync(CancellationToken cancellationToken) =>
        mediator.Publish((object)new SomethingHappened(Guid.NewGuid()), cancellationToken);
}
