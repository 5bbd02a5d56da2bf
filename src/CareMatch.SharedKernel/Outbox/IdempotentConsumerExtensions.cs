using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.SharedKernel.Outbox;

public static class IdempotentConsumerExtensions
{
    /// <summary>
    /// Runs <paramref name="handle"/> once per event and consumer: the work and the
    /// "handled" mark are saved together, so a redelivered event changes nothing.
    /// </summary>
    public static async Task HandleOnceAsync(
        this DbContext context,
        IntegrationEvent integrationEvent,
        string consumer,
        IClock clock,
        Func<CancellationToken, Task> handle,
        CancellationToken cancellationToken)
    {
        var alreadyHandled = await context.Set<HandledEvent>()
            .AnyAsync(h => h.EventId == integrationEvent.EventId && h.Consumer == consumer, cancellationToken);
        if (alreadyHandled) return;

        await handle(cancellationToken);
        context.Set<HandledEvent>().Add(new HandledEvent
        {
            EventId = integrationEvent.EventId,
            Consumer = consumer,
            HandledAt = clock.UtcNow,
        });
        await context.SaveChangesAsync(cancellationToken);
    }
}
