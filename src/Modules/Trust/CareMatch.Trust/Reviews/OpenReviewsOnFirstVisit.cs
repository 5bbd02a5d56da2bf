using CareMatch.Bookings.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

/// <summary>
/// The first completed visit of a booking opens its reviews; later visits change nothing.
/// The booking's parties come from its thread, which the booking marked.
/// </summary>
internal sealed class OpenReviewsOnFirstVisit(TrustDbContext db, IClock clock) : INotificationHandler<VisitCompleted>
{
    public async ValueTask Handle(VisitCompleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(OpenReviewsOnFirstVisit), clock, async ct =>
        {
            if (await db.ReviewRounds.AnyAsync(r => r.BookingId == notification.BookingId, ct)) return;
            var thread = await db.Conversations.SingleOrDefaultAsync(c => c.BookingId == notification.BookingId, ct);
            if (thread is null) return;
            db.ReviewRounds.Add(ReviewRound.Open(notification.BookingId, thread.RequestId, thread.SeekerUserId, thread.CarerProfileId, thread.CarerName, thread.Sector, notification.CheckedOutAt));
        }, cancellationToken);
}
