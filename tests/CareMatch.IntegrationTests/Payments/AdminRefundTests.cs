using System.Net;
using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// Refunds from the admin back office, through Stripe.net against the fake Stripe: with a reason,
/// up to what is left of the charge, the carer's share taken back only when the admin finds them
/// at fault; bad input is told at its field and nothing moves; a refund interrupted after Stripe
/// acted is finished later with its key, once; Stripe's own events about it count nothing twice.
/// </summary>
public sealed class AdminRefundTests(ClockedSqliteWithStripeFactory factory) : IClassFixture<ClockedSqliteWithStripeFactory>
{
    [Fact]
    public async Task An_admin_refunds_part_with_the_carer_not_at_fault_then_more_with_the_carer_at_fault()
    {
        var paid = await factory.PaidVisitAsync("Epilepsy");
        var admin = await factory.AdminAsync();
        var page = $"/Admin/Payments/Visit/{paid.VisitId}";
        var charge = paid.Payment.Charge!;
        Assert.Contains(paid.Payment.Reference, await admin.GetStringAsync("/Admin/Payments"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await RefundAsync(admin, page, "5.00", "The carer arrived 20 minutes late", carerAtFault: false)).StatusCode);
        var afterFirst = await factory.VisitPaymentAsync(paid.VisitId);
        Assert.Equal((500L, 0L), (afterFirst.RefundedPence, afterFirst.ReversedPence));
        Assert.Equal(500, StripeRefundsOf(paid.Payment.ChargeId!).Sum(r => (long)r["amount"]!));

        Assert.Equal(HttpStatusCode.Redirect, (await RefundAsync(admin, page, "4", "The carer left before the end", carerAtFault: true)).StatusCode);
        var afterSecond = await factory.VisitPaymentAsync(paid.VisitId);
        var share = 400 * charge.CarerGetsPence / charge.SeekerPaysPence;
        Assert.Equal((900L, share), (afterSecond.RefundedPence, afterSecond.ReversedPence));
        Assert.Equal(share, factory.Stripe.Change(() => (long)factory.Stripe.Objects.Get("transfer", paid.Payment.TransferId!)["amount_reversed"]!));

        var seeker = await factory.SignedInAsync(paid.SeekerEmail);
        var receipt = WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Seeker/Payments/{paid.VisitId}"));
        Assert.Contains($"data-testid=\"receipt-refunded\">−{new Money(900)}", receipt, StringComparison.Ordinal);
        var carer = await factory.SignedInAsync(paid.CarerEmail);
        var statement = WebUtility.HtmlDecode(await carer.GetStringAsync($"/Carer/Earnings/{paid.VisitId}"));
        Assert.Contains($"data-testid=\"statement-taken-back\">−{new Money(share)}", statement, StringComparison.Ordinal);
        var history = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("The carer arrived 20 minutes late. Carer not at fault.", history, StringComparison.Ordinal);
        Assert.Contains("The carer left before the end. Carer at fault.", history, StringComparison.Ordinal);

        var lines = await factory.VisitLedgerAsync(paid.VisitId);
        foreach (var stripeEvent in StripeEventsAbout(paid.Payment.ChargeId!, paid.Payment.TransferId!)) Assert.Equal(HttpStatusCode.OK, (await factory.DeliverStripeEventAsync(stripeEvent)).StatusCode);
        var afterEvents = await factory.VisitLedgerAsync(paid.VisitId);
        Assert.Equal(lines.Count, afterEvents.Count);
        Assert.Equal(900, afterEvents.Where(l => l.Account == LedgerAccount.Refunds).Sum(l => l.Pence));
        Assert.Equal(-share, afterEvents.Where(l => l.Account == LedgerAccount.CarerRecoveries).Sum(l => l.Pence));
        Assert.All(afterEvents.GroupBy(l => l.EntryId), entry => Assert.Equal(0, entry.Sum(l => l.Pence)));
    }

    [Fact]
    public async Task Bad_refunds_are_told_at_their_field_and_nothing_moves()
    {
        var paid = await factory.PaidVisitAsync("Parkinsons");
        var admin = await factory.AdminAsync();
        var page = $"/Admin/Payments/Visit/{paid.VisitId}";
        var tooMuch = new Money(paid.Payment.Charge!.SeekerPaysPence + 1);

        var answers = new[]
        {
            (await RefundAsync(admin, page, "lots", "Late", carerAtFault: false), "Enter the amount to refund in pounds and pence, like 22.50"),
            (await RefundAsync(admin, page, PoundsText(tooMuch), "Late", carerAtFault: false), $"The amount to refund must be {new Money(paid.Payment.Charge.SeekerPaysPence)} or less"),
            (await RefundAsync(admin, page, "0", "Late", carerAtFault: false), "The amount to refund must be more than £0"),
            (await RefundAsync(admin, page, "2.00", "", carerAtFault: false), "Enter the reason for the refund"),
            (await RefundAsync(admin, page, "2.00", "Late", carerAtFault: null), "Select whether the carer was at fault"),
        };

        foreach (var (answer, message) in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
        Assert.Empty(StripeRefundsOf(paid.Payment.ChargeId!));
        Assert.Equal(0, await factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().VisitRefunds.CountAsync(r => r.VisitId == paid.VisitId)));
        Assert.Equal(0, (await factory.VisitPaymentAsync(paid.VisitId)).RefundedPence);
    }

    [Fact]
    public async Task A_refund_whose_answer_was_lost_is_finished_later_with_its_key_and_made_once()
    {
        var paid = await factory.PaidVisitAsync("StomaCare");
        var admin = await factory.AdminAsync();
        var page = $"/Admin/Payments/Visit/{paid.VisitId}";

        factory.Stripe.FailNext("POST", "refunds", FailureTiming.AfterActing);
        Assert.Equal(HttpStatusCode.Redirect, (await RefundAsync(admin, page, "3.50", "Carer forgot the medication round", carerAtFault: true)).StatusCode);
        Assert.Contains("Stripe did not answer; trying again", await admin.GetStringAsync(page), StringComparison.Ordinal);
        var refusedWhileOpen = await RefundAsync(admin, page, "1.00", "Another", carerAtFault: false);
        Assert.Contains("A refund for this visit is still being made", WebUtility.HtmlDecode(await refusedWhileOpen.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        factory.Time.Advance(TimeSpan.FromMinutes(6));
        await factory.RunVisitMoneyTaskAsync();

        var refunded = await factory.VisitPaymentAsync(paid.VisitId);
        Assert.Equal(350, refunded.RefundedPence);
        Assert.True(refunded.ReversedPence > 0);
        Assert.Equal(350, Assert.Single(StripeRefundsOf(paid.Payment.ChargeId!))["amount"]!.GetValue<long>());
        Assert.Contains(">Done<", await admin.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_open_the_payments_back_office_and_an_unknown_visit_is_not_found()
    {
        var paid = await factory.PaidVisitAsync("MentalHealth");
        var seeker = await factory.SignedInAsync(paid.SeekerEmail);
        var carer = await factory.SignedInAsync(paid.CarerEmail);

        foreach (var person in new[] { seeker, carer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync("/Admin/Payments")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync($"/Admin/Payments/Visit/{paid.VisitId}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.AdminAsync()).GetAsync($"/Admin/Payments/Visit/{Guid.NewGuid()}")).StatusCode);
    }

    private static Task<HttpResponseMessage> RefundAsync(HttpClient admin, string page, string amount, string reason, bool? carerAtFault)
    {
        var fields = new Dictionary<string, string> { ["Input.Amount"] = amount, ["Input.Reason"] = reason };
        if (carerAtFault is { } atFault) fields["Input.CarerAtFault"] = atFault ? "true" : "false";
        return admin.SubmitAsync(page, fields, handler: "Refund");
    }

    private static string PoundsText(Money money) => CareMatch.SharedKernel.Input.PoundsInput.Write(money);

    private List<JsonObject> StripeRefundsOf(string chargeId) =>
        factory.Stripe.Change(() => factory.Stripe.Objects.All("refund").Where(r => (string?)r["charge"] == chargeId).ToList());

    private List<JsonObject> StripeEventsAbout(string chargeId, string transferId) => factory.Stripe.Change(() => factory.Stripe.Events.All
        .Where(e => (string?)e["type"] is "charge.refunded" or "transfer.reversed" && (string?)e["data"]!["object"]!["id"] is { } id && (id == chargeId || id == transferId))
        .ToList());
}
