using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>
/// A carer's cancelled visit was covered: how long that took is kept on the cancelled visit's fact.
/// Bookings publishes the cancellation before the cover, and the outbox delivers a module's events
/// in order, so the fact is there; one from before Commissioning kept facts is left alone. Idempotent.
/// </summary>
internal sealed class RecordCoverFilled(CommissioningDbContext db, IClock clock) : INotificationHandler<CoverFilled>
{
    public async ValueTask Handle(CoverFilled notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordCoverFilled), clock, async ct =>
            (await db.VisitFacts.SingleOrDefaultAsync(v => v.VisitId == notification.CancelledVisitId, ct))?.Covered(notification.AfterCancellation),
            cancellationToken);
}
