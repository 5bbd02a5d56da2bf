using Mediator;

namespace CareMatch.SharedKernel.Events;

/// <summary>
/// Something one module tells the others. Written to the publisher's outbox in the same
/// SaveChanges as the change, delivered later, possibly more than once: consumers must be idempotent.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    public Guid EventId { get; init; } = Guid.NewGuid();

    public DateTimeOffset OccurredAt { get; init; }
}
