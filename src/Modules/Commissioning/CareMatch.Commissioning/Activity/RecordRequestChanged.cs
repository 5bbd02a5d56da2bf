using CareMatch.Commissioning.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>A request edited: its district, kinds of care, age band and funding as they now are. Idempotent.</summary>
internal sealed class RecordRequestChanged(CommissioningDbContext db, IClock clock) : INotificationHandler<CareRequestChanged>
{
    public async ValueTask Handle(CareRequestChanged notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordRequestChanged), clock, async ct =>
        {
            var known = await db.RequestFacts.SingleOrDefaultAsync(f => f.RequestId == notification.RequestId, ct);
            if (known is null) db.RequestFacts.Add(RequestFact.Posted(notification.RequestId, notification.Facts, notification.OccurredAt));
            else known.Describe(notification.Facts);
        }, cancellationToken);
}
