using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Acting;

/// <summary>
/// Keeps what the family did in other modules in the request's history, at the time they did it.
/// Handled once; an event about a request deleted since is dropped.
/// </summary>
internal sealed class RecordFamilyActions(NeedsDbContext db, IClock clock) : INotificationHandler<FamilyActedOnRequest>
{
    public async ValueTask Handle(FamilyActedOnRequest notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordFamilyActions), clock, async ct =>
        {
            if (!await db.CareRequests.AnyAsync(r => r.Id == notification.RequestId, ct)) return;
            db.Did(notification.RequestId, notification.ActorUserId, notification.What, notification.OccurredAt);
        }, cancellationToken);
}
