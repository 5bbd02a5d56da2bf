using CareMatch.Commissioning.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>A request closed (filled, withdrawn or lapsed): when. Idempotent.</summary>
internal sealed class RecordRequestClosed(CommissioningDbContext db, IClock clock) : INotificationHandler<CareRequestClosed>
{
    public async ValueTask Handle(CareRequestClosed notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordRequestClosed), clock, async ct =>
            (await db.RequestFacts.SingleOrDefaultAsync(f => f.RequestId == notification.RequestId, ct))?.Closed(notification.OccurredAt),
            cancellationToken);
}
