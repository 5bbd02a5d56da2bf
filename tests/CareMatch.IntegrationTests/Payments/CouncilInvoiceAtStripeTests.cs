using System.Net;
using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Payments.Budgets;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Reconciliation;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// With Stripe keys a council's monthly invoice is also a Stripe invoice under the same number:
/// issued once however the calls fail, paid on Stripe's page, and then booked and reconciled.
/// </summary>
public sealed class CouncilInvoiceAtStripeTests(ClockedSqliteWithStripeFactory factory) : IClassFixture<ClockedSqliteWithStripeFactory>
{
    [Fact]
    public async Task The_invoice_is_issued_at_Stripe_once_after_a_failure_then_paid_booked_and_reconciled()
    {
        var (commissionerEmail, number, totalPence) = await OneFundedVisitInvoicedNextMonthAsync(failFinalisingOnce: true);
        var commissioner = await factory.SignedInAsync(commissionerEmail, CouncilSetup.CommissionerPassword);

        // The first run drew up our invoice; Stripe failed after finalising, so it is not issued yet.
        var invoices = WebUtility.HtmlDecode(await commissioner.GetStringAsync("/Commissioner/Budgets/Invoices"));
        Assert.Contains("Being sent to Stripe", invoices, StringComparison.Ordinal);

        await factory.RunScheduledTaskAsync(CouncilInvoiceTask.JobId);
        await factory.RunScheduledTaskAsync(CouncilInvoiceTask.JobId);

        var atStripe = Assert.Single(factory.Stripe.Change(() => factory.Stripe.Objects.All("invoice").ToList()));
        Assert.Equal(number, (string?)atStripe["number"]);
        Assert.Equal("open", (string?)atStripe["status"]);
        Assert.Equal("send_invoice", (string?)atStripe["collection_method"]);
        Assert.Equal(totalPence, (long)atStripe["amount_due"]!);
        Assert.Single(atStripe["lines"]!["data"]!.AsArray());
        Assert.Single(factory.Stripe.Change(() => factory.Stripe.Objects.All("customer").Where(c => c["metadata"]?["council"] is not null).ToList()));
        invoices = WebUtility.HtmlDecode(await commissioner.GetStringAsync("/Commissioner/Budgets/Invoices"));
        Assert.Contains($"href=\"{factory.Stripe.Url}/hosted/invoice/{atStripe["id"]}\"", invoices, StringComparison.Ordinal);
        Assert.Contains("Pay at Stripe", invoices, StringComparison.Ordinal);

        // The council pays on Stripe's page; Stripe says so (twice, as it may).
        var paid = factory.Stripe.Change(() =>
        {
            factory.Stripe.Invoices.Pay((string)atStripe["id"]!);
            return factory.Stripe.Events.OfType("invoice.paid").Single();
        });
        Assert.Equal(HttpStatusCode.OK, (await factory.DeliverStripeEventAsync(paid)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.DeliverStripeEventAsync(paid)).StatusCode);
        await factory.RunScheduledTaskAsync(LedgerReconciliationTask.JobId);

        var (lines, differences) = await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PaymentsDbContext>();
            return (await db.LedgerLines.AsNoTracking().ToListAsync(), await db.ReconciliationDifferences.AsNoTracking().ToListAsync());
        });
        Assert.Single(lines, l => l.Kind == JournalKind.CouncilPayment && l.Account == LedgerAccount.StripeBalance && l.Pence == totalPence && l.Reference == number);
        Assert.Equal(0, lines.Where(l => l.Account == LedgerAccount.CouncilInvoiced).Sum(l => l.Pence));
        Assert.Equal(factory.Stripe.Change(() => factory.Stripe.Balance.Available), lines.Where(l => l.Account == LedgerAccount.StripeBalance).Sum(l => l.Pence));
        Assert.Empty(differences);
        invoices = WebUtility.HtmlDecode(await commissioner.GetStringAsync("/Commissioner/Budgets/Invoices"));
        var paidAt = DateTimeOffset.FromUnixTimeSeconds((long)paid["data"]!["object"]!["status_transitions"]!["paid_at"]!);
        Assert.Contains($"Paid on {TimeWords.Date(paidAt)}", invoices, StringComparison.Ordinal);
        Assert.DoesNotContain("Pay at Stripe", invoices, StringComparison.Ordinal);
    }

    /// <summary>A funded seeker's visit given and approved, then the clock on to 06:00 on the 1st of the next month and the invoice task run.</summary>
    private async Task<(string CommissionerEmail, string Number, long TotalPence)> OneFundedVisitInvoicedNextMonthAsync(bool failFinalisingOnce)
    {
        var funded = await factory.BookedAsync("StomaCare", withCard: false);
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var today = DateOnly.FromDateTime(UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime);
        Assert.Equal(HttpStatusCode.Redirect, (await CouncilSetup.OfferBudgetAsync(commissioner, funded.SeekerEmail, "LCC-STRIPE", "2000", today, today.AddYears(1))).StatusCode);
        await factory.AgreeToBudgetAsync(await factory.SignedInAsync(funded.SeekerEmail), "LCC-STRIPE");
        var visit = funded.Visits[0];
        await factory.MoveToAsync(visit.StartsAt.AddHours(-47), funded);
        await factory.RunVisitMoneyTaskAsync();
        await factory.GivenAndApprovedAsync(funded, visit, minutes: 60);
        await factory.RunVisitMoneyTaskAsync();

        var ukDay = DateOnly.FromDateTime(UkCalendar.ToUkTime(visit.StartsAt).DateTime);
        var firstOfNextMonth = new DateOnly(ukDay.Year, ukDay.Month, 1).AddMonths(1);
        factory.Time.Advance(UkCalendar.ToInstant(firstOfNextMonth, new TimeOnly(6, 0)) - factory.Time.GetUtcNow());
        if (failFinalisingOnce) factory.Stripe.FailNext("POST", "invoices/", FailureTiming.AfterActing);
        await factory.RunScheduledTaskAsync(CouncilInvoiceTask.JobId);

        var invoice = await factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().CouncilInvoices.AsNoTracking().SingleAsync());
        return (commissioner.Email, invoice.Number, invoice.TotalPence);
    }
}
