using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

/// <summary>Records which council an invited commissioner serves. Idempotent.</summary>
internal sealed class AssignCommissionerWhenInvited(CommissioningDbContext db, IClock clock) : INotificationHandler<CommissionerInvited>
{
    public async ValueTask Handle(CommissionerInvited notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(AssignCommissionerWhenInvited), clock, async ct =>
        {
            if (!await db.CommissionerAssignments.AnyAsync(a => a.UserId == notification.UserId, ct))
                db.CommissionerAssignments.Add(new CommissionerAssignment(notification.UserId, notification.CouncilId, clock.UtcNow));
        }, cancellationToken);
}
