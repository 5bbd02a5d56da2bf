using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

/// <summary>A deleted account no longer counts as one of its council's commissioners.</summary>
internal sealed class RemoveCommissionerWhenAccountDeleted(CommissioningDbContext db, IClock clock) : INotificationHandler<AccountDeleted>
{
    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RemoveCommissionerWhenAccountDeleted), clock, async ct =>
        {
            var assignment = await db.CommissionerAssignments.SingleOrDefaultAsync(a => a.UserId == notification.UserId, ct);
            if (assignment is not null) db.CommissionerAssignments.Remove(assignment);
            await db.ForgetDeliveredMessagesAboutAsync([notification.UserId], except: null, ct);
        }, cancellationToken);
}
