using CareMatch.Commissioning.Persistence;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Commissioning.Activity;

/// <summary>A carer's public profile changed: where they are based, what they offer, at what rate, for how many hours, and whether they can be booked. Idempotent.</summary>
internal sealed class RecordCarerProfileChanged(CommissioningDbContext db, IClock clock) : INotificationHandler<CarerProfileChanged>
{
    public async ValueTask Handle(CarerProfileChanged notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordCarerProfileChanged), clock, async ct =>
            (await CarerFacts.OfAsync(db, notification.ProfileId, ct)).Changed(notification), cancellationToken);
}
