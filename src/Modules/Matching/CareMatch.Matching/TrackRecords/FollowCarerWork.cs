using CareMatch.Bookings.Contracts;
using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.TrackRecords;

/// <summary>
/// Counts each completed visit and each carer cancellation once (the count and the handled
/// mark save together), and tells every node's index that the carer changed, as it does when a
/// booking starts or ends or visits are added to one: the carer's booked times changed, so the
/// clashes they rule out did too.
/// </summary>
internal sealed class FollowCarerWork(MatchingDbContext db, CarerIndexHolder holder, IModuleSender sender, IClock clock) :
    INotificationHandler<VisitCompleted>,
    INotificationHandler<VisitCancelled>,
    INotificationHandler<BookingConfirmed>,
    INotificationHandler<BookingEnded>,
    INotificationHandler<VisitsScheduled>,
    INotificationHandler<CarerRatingChanged>
{
    public async ValueTask Handle(CarerRatingChanged notification, CancellationToken cancellationToken) =>
        await CountAsync(notification, notification.CarerProfileId, record => record.Rated(notification.RatingSum, notification.RatingCount), cancellationToken);

    public async ValueTask Handle(VisitCompleted notification, CancellationToken cancellationToken) =>
        await CountAsync(notification, notification.CarerProfileId, record => record.Completed(), cancellationToken);

    public async ValueTask Handle(VisitCancelled notification, CancellationToken cancellationToken) =>
        await CountAsync(notification, notification.CarerProfileId, record =>
        {
            if (notification.By == CancelledBy.Carer) record.CancelledByCarer();
        }, cancellationToken);

    public async ValueTask Handle(BookingConfirmed notification, CancellationToken cancellationToken) =>
        await CountAsync(notification, notification.CarerProfileId, _ => { }, cancellationToken);

    public async ValueTask Handle(BookingEnded notification, CancellationToken cancellationToken) =>
        await CountAsync(notification, notification.CarerProfileId, _ => { }, cancellationToken);

    public async ValueTask Handle(VisitsScheduled notification, CancellationToken cancellationToken) =>
        await CountAsync(notification, notification.CarerProfileId, _ => { }, cancellationToken);

    private async Task CountAsync(SharedKernel.Events.IntegrationEvent notification, Guid carerProfileId, Action<CarerTrackRecord> count, CancellationToken cancellationToken)
    {
        await db.HandleOnceAsync(notification, $"{nameof(FollowCarerWork)}.{notification.GetType().Name}", clock, async ct =>
        {
            var record = await db.TrackRecords.SingleOrDefaultAsync(r => r.CarerProfileId == carerProfileId, ct);
            if (record is null)
            {
                record = new CarerTrackRecord(carerProfileId);
                db.TrackRecords.Add(record);
            }

            count(record);
            db.CarerChanges.Add(new CarerChange(carerProfileId, clock.UtcNow));
        }, cancellationToken);
        await holder.RefreshCarerAsync(sender, carerProfileId, cancellationToken);
    }
}
