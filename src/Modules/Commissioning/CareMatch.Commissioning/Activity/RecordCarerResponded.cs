using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>A carer answered a request: the first answer times how soon families hear from a carer. Idempotent.</summary>
internal sealed class RecordCarerResponded(CommissioningDbContext db, IClock clock) : INotificationHandler<CarerResponded>
{
    public async ValueTask Handle(CarerResponded notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordCarerResponded), clock, async ct =>
            (await db.RequestFacts.SingleOrDefaultAsync(f => f.RequestId == notification.RequestId, ct))?.Responded(notification.OccurredAt), cancellationToken);
}
