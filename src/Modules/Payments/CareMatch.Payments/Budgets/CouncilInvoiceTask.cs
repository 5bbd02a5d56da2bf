using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Payments.Budgets;

/// <summary>
/// On the 1st of each month: every council is invoiced, in arrears, for the personal-budget visits
/// drawn before that day and not yet billed, one invoice per council, booked from "not yet
/// invoiced" to "invoiced". Run again (or late), it bills only what no invoice has.
/// </summary>
internal sealed class CouncilInvoiceTask(PaymentsDbContext db, Books books, IClock clock, ILogger<CouncilInvoiceTask> logger) : IScheduledTask
{
    public const string JobId = "payments-council-invoices";

    public string Id => JobId;

    public string Cron => "0 6 1 * *";

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

        foreach (var council in unbilled.GroupBy(u => u.CouncilId))
        {
            var invoice = CouncilInvoice.For(council.Key, thisMonth.AddMonths(-1), council.Sum(u => u.draw.Pence), council.Count(), clock.UtcNow);
            if (await db.CouncilInvoices.AnyAsync(i => i.Number == invoice.Number, cancellationToken)) continue;
            foreach (var line in council) line.draw.Invoiced(invoice.Number);
            db.CouncilInvoices.Add(invoice);
            books.Record(Postings.CouncilInvoice(invoice.Number, invoice.TotalPence));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Council invoice {Number}: {Lines} visits, {Pence}p", invoice.Number, invoice.Lines, invoice.TotalPence);
        }
    }
}
