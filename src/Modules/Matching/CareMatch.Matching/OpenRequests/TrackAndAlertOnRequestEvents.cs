using CareMatch.Matching.Alerts;
using CareMatch.Matching.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.OpenRequests;

/// <summary>
/// When a request opens or changes, its best carers are told; when it closes, Matching forgets
/// it and its alerts. Each event is handled once: its work and the handled mark save together.
/// </summary>
internal sealed class TrackAndAlertOnRequestEvents(MatchingDbContext db, BestCarerAlerts alerts, IClock clock) :
    INotificationHandler<CareRequestOpened>,
    INotificationHandler<CareRequestChanged>,
    INotificationHandler<CareRequestClosed>
{
    public async ValueTask Handle(CareRequestOpened notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(TrackAndAlertOnRequestEvents)}.Opened", clock, async ct =>
        {
            var tracked = await TrackAsync(notification.RequestId, notification.Facts, notification.OccurredAt, ct);
            await alerts.SendAsync([OpenRequestsForMatching.Of(notification.RequestId, notification.Facts, tracked.Widened)], ct);
        }, cancellationToken);

    public async ValueTask Handle(CareRequestChanged notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(TrackAndAlertOnRequestEvents)}.Changed", clock, async ct =>
        {
            var tracked = await TrackAsync(notification.RequestId, notification.Facts, notification.OccurredAt, ct);
            tracked.Moved(notification.Facts.Sector);
            await alerts.SendAsync([OpenRequestsForMatching.Of(notification.RequestId, notification.Facts, tracked.Widened)], ct);
        }, cancellationToken);

    public async ValueTask Handle(CareRequestClosed notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(TrackAndAlertOnRequestEvents)}.Closed", clock, async ct =>
        {
            await db.TrackedRequests.Where(t => t.RequestId == notification.RequestId).ExecuteDeleteAsync(ct);
            await db.JobAlerts.Where(a => a.RequestId == notification.RequestId).ExecuteDeleteAsync(ct);
        }, cancellationToken);

    private async Task<TrackedRequest> TrackAsync(Guid requestId, CareRequestFacts facts, DateTimeOffset openedAt, CancellationToken cancellationToken)
    {
        var tracked = await db.TrackedRequests.SingleOrDefaultAsync(t => t.RequestId == requestId, cancellationToken);
        if (tracked is not null) return tracked;
        tracked = new TrackedRequest(requestId, facts.SeekerUserId, facts.Sector, openedAt);
        db.TrackedRequests.Add(tracked);
        return tracked;
    }
}
