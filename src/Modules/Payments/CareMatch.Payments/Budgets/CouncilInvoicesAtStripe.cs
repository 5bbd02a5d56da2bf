using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Payments.Budgets;

/// <summary>
/// With Stripe keys, each council invoice not yet issued at Stripe is sent there: the council as a
/// customer (once), a draft under our number, its one line, finalised. Each step is saved before
/// the next, and each call's key comes from the invoice number, so a failure is carried on by the
/// next run without a second invoice; Stripe's own keys last a day, the saved ids for ever.
/// </summary>
internal sealed class CouncilInvoicesAtStripe(PaymentsDbContext db, IPaymentGateway gateway, ILogger<CouncilInvoicesAtStripe> logger)
{
    public async Task SendUnsentAsync(CancellationToken cancellationToken)
    {
        if (!gateway.MovesRealMoney) return;
        var unsent = await db.CouncilInvoices.Where(i => i.PayAtUrl == null).OrderBy(i => i.IssuedAt).ToListAsync(cancellationToken);
        foreach (var invoice in unsent)
        {
            try
            {
                await SendAsync(invoice, cancellationToken);
            }
            catch (Exception fault) when (fault is not OperationCanceledException)
            {
                logger.LogWarning(fault, "Council invoice {Number} is not yet issued at Stripe; the next run carries on", invoice.Number);
            }
        }
    }

    private async Task SendAsync(CouncilInvoice invoice, CancellationToken cancellationToken)
    {
        if (invoice.StripeCustomerId is null)
        {
            var known = await db.CouncilInvoices.Where(i => i.CouncilId == invoice.CouncilId && i.StripeCustomerId != null)
                .Select(i => i.StripeCustomerId).FirstOrDefaultAsync(cancellationToken);
            var councilName = await db.PersonalBudgets.Where(b => b.CouncilId == invoice.CouncilId).Select(b => b.CouncilName).FirstAsync(cancellationToken);
            invoice.BilledTo(known ?? await gateway.CreateCouncilCustomerAsync(invoice.CouncilId, councilName, Key(invoice, "customer"), cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }
        var bill = new CouncilBill(invoice.Number, invoice.StripeCustomerId!, Describe(invoice), invoice.TotalPence);
        if (invoice.StripeInvoiceId is null)
        {
            invoice.Drafted(await gateway.DraftCouncilInvoiceAsync(bill, Key(invoice, "draft"), cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }
        invoice.Issued(await gateway.IssueCouncilInvoiceAsync(invoice.StripeInvoiceId!, bill, Key(invoice, "line"), Key(invoice, "finalise"), cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Council invoice {Number} issued at Stripe as {Invoice}", invoice.Number, invoice.StripeInvoiceId);
    }

    private static string Describe(CouncilInvoice invoice) =>
        $"Care paid from personal budgets, {invoice.Month.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}: {invoice.Lines} visit{(invoice.Lines == 1 ? "" : "s")}";

    private static string Key(CouncilInvoice invoice, string step) => $"council-invoice:{invoice.Number}:{step}";
}
