using CareMatch.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.SharedKernel.Outbox;

public static class DbContextOutboxExtensions
{
    /// <summary>Adds the event to this context's outbox; it is saved with the change that caused it.</summary>
    public static void AddIntegrationEvent(this DbContext context, IntegrationEvent integrationEvent)
    {
        context.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = IntegrationEventSerializer.TypeNameOf(integrationEvent.GetType()),
            Payload = IntegrationEventSerializer.Serialize(integrationEvent),
            OccurredAt = integrationEvent.OccurredAt,
        });
    }
}
