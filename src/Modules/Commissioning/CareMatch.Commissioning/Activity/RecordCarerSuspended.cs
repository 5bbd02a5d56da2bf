using CareMatch.Commissioning.Persistence;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Commissioning.Activity;

/// <summary>A carer was suspended (a check lapsed, or their account was): no longer bookable, so no longer counted as available. Idempotent.</summary>
internal sealed class RecordCarerSuspended(CommissioningDbContext db, IClock clock) : INotificationHandler<CarerSuspended>
{
    public async ValueTask Handle(CarerSuspended notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordCarerSuspended), clock, async ct =>
            (await CarerFacts.OfAsync(db, notification.ProfileId, ct)).Suspended(notification.OccurredAt), cancellationToken);
}
