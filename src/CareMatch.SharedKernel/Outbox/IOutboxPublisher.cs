using CareMatch.SharedKernel.Events;

namespace CareMatch.SharedKernel.Outbox;

/// <summary>Publishes one module's pending outbox messages. The host's recurring job drains every module.</summary>
public interface IOutboxPublisher
{
    string Module { get; }

    /// <returns>How many messages were published.</returns>
    Task<int> PublishPendingAsync(CancellationToken cancellationToken);

    /// <summary>This module's events already delivered, oldest first, read a page at a time: what a rebuilt read model replays.</summary>
    IAsyncEnumerable<IntegrationEvent> DeliveredAsync(CancellationToken cancellationToken);
}
