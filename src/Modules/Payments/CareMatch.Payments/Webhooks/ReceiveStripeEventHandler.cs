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
    PaymentsDbContext db, StripeEventReader reader, PayoutAccountUpdates payoutUpdates, CardSetups cardSetups, IClock clock)
    : ICommandHandler<ReceiveStripeEvent, StripeEventReceipt>
{
    public async ValueTask<StripeEventReceipt> Handle(ReceiveStripeEvent command, CancellationToken cancellationToken)
    {
        if (reader.Read(command.Payload, command.Signature) is not { } stripeEvent) return StripeEventReceipt.NotFromStripe;
        if (await db.ReceivedStripeEvents.AnyAsync(e => e.EventId == stripeEvent.Id, cancellationToken)) return StripeEventReceipt.AlreadyApplied;

        var acted = stripeEvent.Type switch
        {
            EventTypes.AccountUpdated => await ApplyAccountAsync((Account)stripeEvent.Data.Object, stripeEvent.Created, cancellationToken),
            EventTypes.CheckoutSessionCompleted => await ApplyCardSetupAsync((Stripe.Checkout.Session)stripeEvent.Data.Object, cancellationToken),
            _ => false,
        };
        db.ReceivedStripeEvents.Add(new ReceivedStripeEvent { EventId = stripeEvent.Id, Type = stripeEvent.Type, ReceivedAt = clock.UtcNow });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.ReceivedStripeEvents.AnyAsync(e => e.EventId == stripeEvent.Id, cancellationToken)) return StripeEventReceipt.AlreadyApplied;
            throw;
        }
        return acted ? StripeEventReceipt.Applied : StripeEventReceipt.Ignored;
    }

    /// <summary>The seeker saved a card on Stripe's page but may never come back to ours: keep it now.</summary>
    private async Task<bool> ApplyCardSetupAsync(Stripe.Checkout.Session session, CancellationToken cancellationToken)
    {
        if (session.Mode != "setup" || session.CustomerId is null) return false;
        var customer = await db.PaymentCustomers.SingleOrDefaultAsync(c => c.GatewayCustomerId == session.CustomerId, cancellationToken);
        return customer is not null && await cardSetups.CompleteAsync(customer, session.Id, cancellationToken);
    }

    private async Task<bool> ApplyAccountAsync(Account account, DateTime created, CancellationToken cancellationToken)
    {
        var payoutAccount = await db.PayoutAccounts.SingleOrDefaultAsync(a => a.GatewayAccountId == account.Id, cancellationToken);
        if (payoutAccount is null) return false;
        payoutUpdates.Apply(payoutAccount, StripeGateway.StateOf(account), new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)));
        return true;
    }
}
