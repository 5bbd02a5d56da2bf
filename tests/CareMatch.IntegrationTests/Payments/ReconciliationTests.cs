using System.Net;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Reconciliation;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// The nightly reconciliation against the fake Stripe's balance transactions: a visit charged,
/// paid to the carer, partly refunded and partly taken back agrees to the penny once Stripe's fees
/// are booked (once, however often it runs); money Stripe moved that we have no record of is
/// listed for admins.
/// </summary>
public sealed class ReconciliationTests(ClockedSqliteWithStripeFactory factory) : IClassFixture<ClockedSqliteWithStripeFactory>
{
    [Fact]
    public async Task The_books_agree_with_Stripe_to_the_penny_and_what_Stripe_alone_knows_is_listed()
    {
        factory.Stripe.Change(() => factory.Stripe.Balance.ProcessingFee = amount => 20 + amount * 15 / 1000);
        var paid = await factory.PaidVisitAsync("PegFeeding");
        var admin = await factory.AdminAsync();
        var refund = await admin.SubmitAsync($"/Admin/Payments/Visit/{paid.VisitId}", new Dictionary<string, string>
        {
            ["Input.Amount"] = "2.00", ["Input.Reason"] = "Left early", ["Input.CarerAtFault"] = "true",
        }, handler: "Refund");
        Assert.Equal(HttpStatusCode.Redirect, refund.StatusCode);

        await RunReconciliationAsync();

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Payments/Reconciliation"));
        Assert.Contains("The books agree with Stripe to the penny.", page, StringComparison.Ordinal);
        Assert.Contains("4 new balance transactions read from Stripe", page, StringComparison.Ordinal);
        var fee = 20 + paid.Payment.Charge!.SeekerPaysPence * 15 / 1000;
        var lines = await factory.VisitLedgerAsync(paid.VisitId);
        Assert.Equal(fee, lines.Where(l => l.Kind == JournalKind.ProcessingFee && l.Account == LedgerAccount.ProcessingCosts).Sum(l => l.Pence));
        Assert.Equal(factory.Stripe.Change(() => factory.Stripe.Balance.Available), lines.Where(l => l.Account == LedgerAccount.StripeBalance).Sum(l => l.Pence));

        await RunReconciliationAsync();
        Assert.Equal(lines.Count, (await factory.VisitLedgerAsync(paid.VisitId)).Count);

        factory.Stripe.Change(() => factory.Stripe.Balance.Record("adjustment", -150, "adj_fake_unknown"));
        await RunReconciliationAsync();

        var listed = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Payments/Reconciliation"));
        Assert.Contains("1 difference to look into", listed, StringComparison.Ordinal);
        Assert.Contains("adj_fake_unknown<span class=\"govuk-body-s\"> (no record of it in our books)", listed, StringComparison.Ordinal);
        Assert.Contains("-£1.50", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(paid.Payment.Reference, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_see_the_reconciliation()
    {
        var (email, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Carer);
        var carer = await factory.SignedInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await carer.GetAsync("/Admin/Payments/Reconciliation")).StatusCode);
    }

    private Task RunReconciliationAsync() => factory.RunScheduledTaskAsync(LedgerReconciliationTask.JobId);
}
