using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>A booking made for a request: remembered, so its visits reach the request, and the request's first booking timed. Idempotent.</summary>
internal sealed class RecordBookingConfirmed(CommissioningDbContext db, IClock clock) : INotificationHandler<BookingConfirmed>
{
    public async ValueTask Handle(BookingConfirmed notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordBookingConfirmed), clock, async ct =>
        {
            if (!await db.BookingFacts.AnyAsync(b => b.BookingId == notification.BookingId, ct))
            {
                db.BookingFacts.Add(BookingFact.For(notification.BookingId, notification.RequestId));
            }
            (await db.RequestFacts.SingleOrDefaultAsync(f => f.RequestId == notification.RequestId, ct))?.Booked(notification.OccurredAt);
        }, cancellationToken);
}
