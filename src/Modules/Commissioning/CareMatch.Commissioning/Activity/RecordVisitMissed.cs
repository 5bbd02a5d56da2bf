using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Commissioning.Activity;

/// <summary>A visit nobody checked in to. Idempotent.</summary>
internal sealed class RecordVisitMissed(CommissioningDbContext db, IClock clock) : INotificationHandler<VisitMissed>
{
    public async ValueTask Handle(VisitMissed notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordVisitMissed), clock, async ct =>
        {
            if (await VisitFacts.RequestOfAsync(db, notification.BookingId, ct) is not { } requestId) return;
            await VisitFacts.KeepAsync(db, VisitFact.Missed(notification.VisitId, requestId, notification.CarerProfileId, notification.StartsAt, notification.PlannedMinutes), ct);
        }, cancellationToken);
}
