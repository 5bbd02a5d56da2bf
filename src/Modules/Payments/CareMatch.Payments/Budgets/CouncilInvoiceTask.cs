using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Payments.Budgets;

/// <summary>
/// Every council is invoiced monthly, in arrears, for the personal-budget visits drawn before the
/// 1st and not yet billed, less the refunds given back to its budgets, one invoice per council, booked from "not yet invoiced" to "invoiced";
/// with Stripe keys each is then issued at Stripe. It runs every morning: the month's invoice is
/// drawn up on the 1st, and a later run only carries on what Stripe did not take (a month's
/// invoice is drawn up once: a draw approved late waits for the next month's).
/// </summary>
internal sealed class CouncilInvoiceTask(PaymentsDbContext db, Books books, CouncilInvoicesAtStripe stripe, IClock clock, ILogger<CouncilInvoiceTask> logger)
    : IScheduledTask
{
    public const string JobId = "payments-council-invoices";

    public string Id => JobId;

    public string Cron => "0 6 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var before = UkCalendar.ToInstant(thisMonth, TimeOnly.MinValue);
        var unbilled = await (
            from draw in db.BudgetDraws
            join budget in db.PersonalBudgets on draw.BudgetId equals budget.Id
            where draw.InvoiceNumber == null && draw.DrawnAt < before
            select new { draw, budget.CouncilId }).ToListAsync(cancellationToken);
        var credits = await (
            from credit in db.BudgetCredits
            join budget in db.PersonalBudgets on credit.BudgetId equals budget.Id
            where credit.InvoiceNumber == null && credit.CreditedAt < before
            select new { credit, budget.CouncilId }).ToListAsync(cancellationToken);

        foreach (var councilId in unbilled.Select(u => u.CouncilId).Union(credits.Select(c => c.CouncilId)))
        {
            var draws = unbilled.Where(u => u.CouncilId == councilId).Select(u => u.draw).ToList();
            var refunds = credits.Where(c => c.CouncilId == councilId).Select(c => c.credit).ToList();
            var total = draws.Sum(d => d.Pence) - refunds.Sum(c => c.Pence);
            // Refunds alone (or more than the month's care) wait for a month they can come off.
            if (total <= 0) continue;
            var invoice = CouncilInvoice.For(councilId, thisMonth.AddMonths(-1), total, draws.Count, clock.UtcNow);
            if (await db.CouncilInvoices.AnyAsync(i => i.Number == invoice.Number, cancellationToken)) continue;
            foreach (var draw in draws) draw.Invoiced(invoice.Number);
            foreach (var refund in refunds) refund.Invoiced(invoice.Number);
            db.CouncilInvoices.Add(invoice);
            books.Record(Postings.CouncilInvoice(invoice.Number, invoice.TotalPence));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Council invoice {Number}: {Lines} visits, {Refunds} refunds, {Pence}p", invoice.Number, invoice.Lines, refunds.Count, invoice.TotalPence);
        }
        await stripe.SendUnsentAsync(cancellationToken);
    }
}
