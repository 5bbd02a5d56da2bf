using CareMatch.Notifications.Delivery;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Notifications.Events;

/// <summary>
/// How every event consumer here tells people: once per event and consumer (a redelivered event
/// tells nobody again), with the emails sent only after the inbox entries are saved.
/// </summary>
internal sealed class TellOnce(NotificationsDbContext db, Notifier notifier, IClock clock)
{
    public async Task AboutAsync(IntegrationEvent integrationEvent, string consumer, Func<Notifier, CancellationToken, Task> tell, CancellationToken cancellationToken)
    {
        await db.HandleOnceAsync(integrationEvent, $"{consumer}.{integrationEvent.GetType().Name}", clock, ct => tell(notifier, ct), cancellationToken);
        await notifier.SendQueuedAsync(cancellationToken);
    }
}
