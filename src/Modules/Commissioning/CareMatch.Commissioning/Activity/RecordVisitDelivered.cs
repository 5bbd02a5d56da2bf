using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>A visit given (checked in and out): its request has had care delivered, from the check-in. Idempotent.</summary>
internal sealed class RecordVisitDelivered(CommissioningDbContext db, IClock clock) : INotificationHandler<VisitCompleted>
{
    public async ValueTask Handle(VisitCompleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordVisitDelivered), clock, async ct =>
        {
            var requestId = await db.BookingFacts.Where(b => b.BookingId == notification.BookingId).Select(b => (Guid?)b.RequestId).SingleOrDefaultAsync(ct);
            if (requestId is null) return;
            (await db.RequestFacts.SingleOrDefaultAsync(f => f.RequestId == requestId, ct))?.Delivered(notification.CheckedInAt);
        }, cancellationToken);
}
