using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>A visit given (checked in and out): its request has had care delivered, from the check-in, and the visit is kept for continuity and reliability. Idempotent.</summary>
internal sealed class RecordVisitDelivered(CommissioningDbContext db, IClock clock) : INotificationHandler<VisitCompleted>
{
    public async ValueTask Handle(VisitCompleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordVisitDelivered), clock, async ct =>
        {
            if (await VisitFacts.RequestOfAsync(db, notification.BookingId, ct) is not { } requestId) return;
            (await db.RequestFacts.SingleOrDefaultAsync(f => f.RequestId == requestId, ct))?.Delivered(notification.CheckedInAt);
            await VisitFacts.KeepAsync(db, VisitFact.Given(notification.VisitId, requestId, notification.CarerProfileId, notification.StartsAt, notification.CheckedInAt), ct);
        }, cancellationToken);
}
