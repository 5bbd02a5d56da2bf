using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.PersonalData;

/// <summary>
/// A deleted account's payout account and customer records go, with the saved card forgotten at
/// Stripe. The Express account and customer themselves stay at Stripe, which keeps its own
/// records as a regulated payment firm must. Visit payments are the platform's own financial
/// records and keep their amounts, but no longer say whose they were; so do personal budgets,
/// which the council accounts for.
/// </summary>
internal sealed class ForgetDeletedPaymentsPeople(PaymentsDbContext db, IPaymentGateway gateway, IClock clock) : INotificationHandler<AccountDeleted>
{
    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(ForgetDeletedPaymentsPeople), clock, async ct =>
        {
            await db.PayoutAccounts.Where(a => a.CarerUserId == notification.UserId).ExecuteDeleteAsync(ct);
            var cards = await db.PaymentCustomers.Where(c => c.SeekerUserId == notification.UserId && c.PaymentMethodId != null).Select(c => c.PaymentMethodId!).ToListAsync(ct);
            foreach (var card in cards) await gateway.ForgetCardAsync(card, ct);
            await db.PaymentCustomers.Where(c => c.SeekerUserId == notification.UserId).ExecuteDeleteAsync(ct);
            await db.VisitPayments.Where(p => p.SeekerUserId == notification.UserId).ExecuteUpdateAsync(p => p.SetProperty(x => x.SeekerUserId, ""), ct);
            await db.VisitPayments.Where(p => p.CarerUserId == notification.UserId).ExecuteUpdateAsync(p => p.SetProperty(x => x.CarerUserId, ""), ct);
            await db.PersonalBudgets.Where(b => b.SeekerUserId == notification.UserId).ExecuteUpdateAsync(b => b.SetProperty(x => x.SeekerUserId, ""), ct);
            await db.ForgetDeliveredMessagesAboutAsync([notification.UserId], except: null, ct);
        }, cancellationToken);
}
