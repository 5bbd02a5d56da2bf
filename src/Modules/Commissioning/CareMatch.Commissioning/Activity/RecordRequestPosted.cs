using CareMatch.Commissioning.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>A request opened: counted as posted when it happened. Idempotent.</summary>
internal sealed class RecordRequestPosted(CommissioningDbContext db, IClock clock) : INotificationHandler<CareRequestOpened>
{
    public async ValueTask Handle(CareRequestOpened notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordRequestPosted), clock, async ct =>
        {
            var known = await db.RequestFacts.SingleOrDefaultAsync(f => f.RequestId == notification.RequestId, ct);
            if (known is null) db.RequestFacts.Add(RequestFact.Posted(notification.RequestId, notification.Facts, notification.OccurredAt));
        }, cancellationToken);
}
