using CareMatch.Commissioning.Persistence;
using CareMatch.Matching.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>What Matching found stands between a request and a carer, for why need goes unmet. Idempotent; the latest look stands.</summary>
internal sealed class RecordMatchChecked(CommissioningDbContext db, IClock clock) : INotificationHandler<OpenRequestMatchChecked>
{
    public async ValueTask Handle(OpenRequestMatchChecked notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordMatchChecked), clock, async ct =>
            (await db.RequestFacts.SingleOrDefaultAsync(f => f.RequestId == notification.RequestId, ct))
                ?.MatchChecked(notification.Obstacle, notification.MostOftenMissed, notification.OccurredAt), cancellationToken);
}
