using CareMatch.Commissioning.Persistence;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Commissioning.Activity;

/// <summary>All a carer's checks became current: the first time counts them as newly verified. Idempotent.</summary>
internal sealed class RecordCarerVerified(CommissioningDbContext db, IClock clock) : INotificationHandler<CarerVerified>
{
    public async ValueTask Handle(CarerVerified notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordCarerVerified), clock, async ct =>
            (await CarerFacts.OfAsync(db, notification.ProfileId, ct)).Verified(notification.OccurredAt), cancellationToken);
}
