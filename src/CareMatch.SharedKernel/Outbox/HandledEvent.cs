namespace CareMatch.SharedKernel.Outbox;

/// <summary>A consumer's record that it has handled one event, so a redelivery does nothing.</summary>
public sealed class HandledEvent
{
    public Guid EventId { get; init; }

    public required string Consumer { get; init; }

    public DateTimeOffset HandledAt { get; init; }
}
