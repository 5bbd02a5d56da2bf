using System.Runtime.CompilerServices;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.SharedKernel.Outbox;

/// <summary>
/// Reads a module's unpublished outbox rows oldest first and publishes each through the
/// mediator. A failure stops the batch (to keep order) and is retried on the next run.
/// </summary>
public sealed class OutboxPublisher<TContext>(
    TContext context,
    IPublisher publisher,
    IClock clock,
    ILogger<OutboxPublisher<TContext>> logger,
    string module) : IOutboxPublisher
    where TContext : DbContext
{
    private const int BatchSize = 50;

    private const int ReplayPageSize = 1000;

    /// <summary>After this many failures a message is parked for a person to look at.</summary>
    public const int MaxAttempts = 10;

    public string Module => module;

    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await context.Set<OutboxMessage>()
            .Where(m => m.ProcessedAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var published = 0;
        foreach (var message in pending)
        {
            try
            {
                var integrationEvent = IntegrationEventSerializer.Deserialize(message.Type, message.Payload);
                await publisher.Publish(integrationEvent, cancellationToken);
                message.ProcessedAt = clock.UtcNow;
                message.LastError = null;
                published++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
                logger.LogError(exception, "Publishing outbox message {MessageId} ({Type}) from {Module} failed (attempt {Attempts})",
                    message.Id, message.Type, module, message.Attempts);
                await context.SaveChangesAsync(cancellationToken);
                break;
            }
            await context.SaveChangesAsync(cancellationToken);
        }
        return published;
    }

    public async IAsyncEnumerable<IntegrationEvent> DeliveredAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var skip = 0; ; skip += ReplayPageSize)
        {
            var page = await context.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.ProcessedAt != null)
                .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
                .Skip(skip).Take(ReplayPageSize)
                .Select(m => new { m.Type, m.Payload })
                .ToListAsync(cancellationToken);
            foreach (var message in page) yield return IntegrationEventSerializer.Deserialize(message.Type, message.Payload);
            if (page.Count < ReplayPageSize) yield break;
        }
    }
}
