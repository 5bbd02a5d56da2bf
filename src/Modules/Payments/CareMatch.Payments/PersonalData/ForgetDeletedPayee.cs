using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.PersonalData;

/// <summary>
/// A deleted account's payout account record goes. The Express account itself stays at Stripe,
/// which keeps its own records as a regulated payment firm must.
/// </summary>
internal sealed class ForgetDeletedPayee(PaymentsDbContext db, IClock clock) : INotificationHandler<AccountDeleted>
{
    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(ForgetDeletedPayee), clock, async ct =>
        {
            await db.PayoutAccounts.Where(a => a.CarerUserId == notification.UserId).ExecuteDeleteAsync(ct);
            await db.ForgetDeliveredMessagesAboutAsync([notification.UserId], except: null, ct);
        }, cancellationToken);
}
