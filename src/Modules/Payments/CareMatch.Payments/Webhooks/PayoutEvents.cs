using CareMatch.Payments.Payouts;
using CareMatch.Payments.Persistence;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace CareMatch.Payments.Webhooks;

/// <summary>payout.* on a carer's connected account: what Stripe is sending to their bank, and when it lands.</summary>
internal sealed class PayoutEvents(PaymentsDbContext db)
{
    public async Task<bool> ApplyAsync(Payout payout, string? connectedAccount, DateTimeOffset eventCreated, CancellationToken cancellationToken)
    {
        if (connectedAccount is null || !await db.PayoutAccounts.AnyAsync(a => a.GatewayAccountId == connectedAccount, cancellationToken)) return false;
        var known = await db.CarerPayouts.SingleOrDefaultAsync(p => p.PayoutId == payout.Id, cancellationToken);
        if (known is null)
        {
            known = CarerPayout.For(payout.Id, connectedAccount);
            db.CarerPayouts.Add(known);
        }
        return known.Report(payout.Status, payout.Amount, DateOnly.FromDateTime(payout.ArrivalDate), eventCreated);
    }
}
