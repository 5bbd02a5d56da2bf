using Mediator;

namespace CareMatch.SharedKernel.Tests.Outbox;

/// <summary>Records what was published; can be told to fail on a given event.</summary>
public sealed class RecordingPublisher : IPublisher
{
    public List<object> Published { get; } = [];

    public Func<object, bool> FailWhen { get; set; } = _ => false;

    public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Publish((object)notification, cancellationToken);

    public ValueTask Publish(object notification, CancellationToken cancellationToken = default)
    {
        if (FailWhen(notification)) throw new InvalidOperationException("consumer is down");
        Published.Add(notification);
        return ValueTask.CompletedTask;
    }
}
