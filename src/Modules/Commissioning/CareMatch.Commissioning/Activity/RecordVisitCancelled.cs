using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Commissioning.Activity;

/// <summary>A visit cancelled, by the carer or the family, with how much notice, and whether cover was sought. Idempotent.</summary>
internal sealed class RecordVisitCancelled(CommissioningDbContext db, IClock clock) : INotificationHandler<VisitCancelled>
{
    public async ValueTask Handle(VisitCancelled notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordVisitCancelled), clock, async ct =>
        {
            if (await VisitFacts.RequestOfAsync(db, notification.BookingId, ct) is not { } requestId) return;
            await VisitFacts.KeepAsync(db, VisitFact.Cancelled(notification.VisitId, requestId, notification.CarerProfileId,
                notification.By == CancelledBy.Carer, notification.OccurredAt, notification.Notice, notification.CoverSought, notification.PlannedMinutes), ct);
        }, cancellationToken);
}
