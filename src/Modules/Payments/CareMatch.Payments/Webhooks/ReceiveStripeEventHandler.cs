using CareMatch.Payments.Cards;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Payouts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace CareMatch.Payments.Webhooks;

/// <summary>
/// Applies a verified Stripe event once. The event id is saved with the change in one SaveChanges;
/// a delivery that loses the race to save it (or arrives again later) changes nothing and is told
/// all is well, so Stripe stops retrying.
/// </summary>
internal sealed class ReceiveStripeEventHandler(
    PaymentsDbContext db, StripeEventReader reader, PayoutAccountUpdates payoutUpdates, CardSetups cardSetups,
    VisitMoneyEvents visitMoney, DisputeEvents disputes, PayoutEvents payouts, CouncilInvoiceEvents councilInvoices, IClock clock)
    : ICommandHandler<ReceiveStripeEvent, StripeEventReceipt>
{
    /// <summary>A visit's payment changed by our own worker meanwhile is read again and the event applied to what it now holds.</summary>
    private const int Attempts = 5;

    public async ValueTask<StripeEventReceipt> Handle(ReceiveStripeEvent command, CancellationToken cancellationToken)
    {
        if (reader.Read(command.Payload, command.Signature) is not { } stripeEvent) return StripeEventReceipt.NotFromStripe;
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (await db.ReceivedStripeEvents.AnyAsync(e => e.EventId == stripeEvent.Id, cancellationToken)) return StripeEventReceipt.AlreadyApplied;
            var acted = await ApplyAsync(stripeEvent, cancellationToken);
            db.ReceivedStripeEvents.Add(new ReceivedStripeEvent { EventId = stripeEvent.Id, Type = stripeEvent.Type, ReceivedAt = clock.UtcNow });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return acted ? StripeEventReceipt.Applied : StripeEventReceipt.Ignored;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another delivery of this event saved first (then the check above says so), or our
                // worker moved the payment on: either way, look again.
            }
        }
    }

    private async Task<bool> ApplyAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        var created = new DateTimeOffset(DateTime.SpecifyKind(stripeEvent.Created, DateTimeKind.Utc));
        return stripeEvent.Data.Object switch
        {
            Account account when stripeEvent.Type == EventTypes.AccountUpdated => await ApplyAccountAsync(account, created, cancellationToken),
            Stripe.Checkout.Session session when stripeEvent.Type == EventTypes.CheckoutSessionCompleted => await ApplyCardSetupAsync(session, cancellationToken),
            PaymentIntent intent => await visitMoney.ApplyAsync(intent, stripeEvent.Type, cancellationToken),
            Charge charge when stripeEvent.Type == EventTypes.ChargeRefunded => await visitMoney.ApplyAsync(charge, cancellationToken),
            Transfer transfer => await visitMoney.ApplyAsync(transfer, cancellationToken),
            Dispute dispute => await disputes.ApplyAsync(dispute, created, cancellationToken),
            Payout payout => await payouts.ApplyAsync(payout, stripeEvent.Account, created, cancellationToken),
            Invoice invoice => await councilInvoices.ApplyAsync(invoice, stripeEvent.Type, cancellationToken),
            _ => false,
        };
    }

    /// <summary>The seeker saved a card on Stripe's page but may never come back to ours: keep it now.</summary>
    private async Task<bool> ApplyCardSetupAsync(Stripe.Checkout.Session session, CancellationToken cancellationToken)
    {
        if (session.Mode != "setup" || session.CustomerId is null) return false;
        var customer = await db.PaymentCustomers.SingleOrDefaultAsync(c => c.GatewayCustomerId == session.CustomerId, cancellationToken);
        return customer is not null && await cardSetups.CompleteAsync(customer, session.Id, cancellationToken);
    }

    private async Task<bool> ApplyAccountAsync(Account account, DateTimeOffset created, CancellationToken cancellationToken)
    {
        var payoutAccount = await db.PayoutAccounts.SingleOrDefaultAsync(a => a.GatewayAccountId == account.Id, cancellationToken);
        if (payoutAccount is null) return false;
        payoutUpdates.Apply(payoutAccount, StripeGateway.StateOf(account), created);
        return true;
    }
}
