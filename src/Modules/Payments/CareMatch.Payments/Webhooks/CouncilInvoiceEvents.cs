using CareMatch.Payments.Gateway;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace CareMatch.Payments.Webhooks;

/// <summary>invoice.paid for a council's invoice: the council has paid, and the money is in the Stripe balance.</summary>
internal sealed class CouncilInvoiceEvents(PaymentsDbContext db, Books books, IPaymentGateway gateway, IClock clock)
{
    public async Task<bool> ApplyAsync(Invoice invoice, string eventType, CancellationToken cancellationToken)
    {
        if (eventType != EventTypes.InvoicePaid) return false;
        var ours = await db.CouncilInvoices.SingleOrDefaultAsync(i => i.StripeInvoiceId == invoice.Id, cancellationToken);
        if (ours is null || ours.PaidAt is not null) return false;
        var paidAt = invoice.StatusTransitions?.PaidAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : clock.UtcNow;
        books.Record(ours.Paid(invoice.AmountPaid, await gateway.InvoicePaymentChargeAsync(invoice.Id, cancellationToken), paidAt));
        return true;
    }
}
