using CareMatch.Bookings.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Requests;

/// <summary>
/// A booked request stops being open (so it leaves every carer's "jobs for you"); when its
/// booking ends, the request closes. Each event is handled once; a request that has since
/// moved on (cancelled meanwhile, say) is left as it is. The two may arrive in either order
/// (events written in the same instant have no order), so an end that arrives first books
/// and closes the request at once, and the late confirmation then finds nothing to do.
/// </summary>
internal sealed class FollowBookings(NeedsDbContext db, IClock clock) :
    INotificationHandler<BookingConfirmed>,
    INotificationHandler<BookingEnded>
{
    public async ValueTask Handle(BookingConfirmed notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(FollowBookings)}.Confirmed", clock, async ct =>
        {
            var request = await db.CareRequests.SingleOrDefaultAsync(r => r.Id == notification.RequestId, ct);
            if (request is null || !CareRequestLifecycle.CanMove(request.Status, CareRequestStatus.Booked)) return;
            request.MarkBooked(clock.UtcNow);
        }, cancellationToken);

    public async ValueTask Handle(BookingEnded notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(FollowBookings)}.Ended", clock, async ct =>
        {
            var request = await db.CareRequests.SingleOrDefaultAsync(r => r.Id == notification.RequestId, ct);
            if (request?.Status == CareRequestStatus.Open) request.MarkBooked(clock.UtcNow);
            if (request is null || !CareRequestLifecycle.CanMove(request.Status, CareRequestStatus.Closed)) return;
            request.Close(clock.UtcNow);
            db.Ended(request, wasEverOpen: true, clock.UtcNow);
        }, cancellationToken);
}
