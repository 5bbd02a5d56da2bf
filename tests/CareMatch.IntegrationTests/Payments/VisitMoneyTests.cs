using System.Net;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Security;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Pricing;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// A visit's money on the simulated gateway, on a clock the test moves: held about 48 hours
/// ahead, charged for the quarter hours given after approval, the carer paid their share with a
/// payout date; a missing card is said to both sides and retried once a card is saved; a late
/// cancellation is charged, a carer's cancellation gives the hold back; the books balance.
/// </summary>
public sealed class VisitMoneyTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task A_visit_is_held_two_days_ahead_charged_for_the_time_given_and_the_carer_paid()
    {
        var booked = await factory.BookedAsync("Epilepsy", withCard: true);
        var visit = booked.Visits[0];
        var (carer, seeker) = await factory.MoveToAsync(visit.StartsAt.AddHours(-47), booked);

        await factory.RunVisitMoneyTaskAsync();
        var held = await factory.VisitPaymentAsync(visit.Id);
        var planned = CarePricing.ForCare(held.HourlyRatePence, QuarterHours.Of(visit.EndsAt - visit.StartsAt), new FeeSettings());
        Assert.NotNull(held.HoldId);
        Assert.Equal(planned.SeekerPaysPence, held.HeldPence);
        var seekersPage = WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Visits/{visit.Id}"));
        Assert.Contains("Payment secured", seekersPage, StringComparison.Ordinal);
        Assert.Contains($"Held on your card</dt><dd class=\"govuk-summary-list__value\" data-testid=\"payment-held\">{new CareMatch.SharedKernel.Values.Money(planned.SeekerPaysPence)}", seekersPage, StringComparison.Ordinal);

        (carer, seeker) = await factory.MoveToAsync(visit.StartsAt.AddMinutes(-5), booked);
        Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckIn")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(52));
        Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckOut")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.VisitActionAsync(visit.Id, "Approve")).StatusCode);
        await factory.DrainOutboxAsync();
        await factory.RunVisitMoneyTaskAsync();
        await factory.RunVisitMoneyTaskAsync();

        var paid = await factory.VisitPaymentAsync(visit.Id);
        var given = CarePricing.ForCare(paid.HourlyRatePence, new QuarterHours(3), new FeeSettings());
        Assert.Equal((ChargeKind.CareGiven, 3), (paid.ChargeKind, paid.ChargedQuarterHours));
        Assert.NotNull(paid.ChargeId);
        Assert.NotNull(paid.TransferId);
        Assert.True(given.SeekerPaysPence <= held.HeldPence);

        var receipt = WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Seeker/Payments/{visit.Id}"));
        Assert.Contains("Care: 45 minutes at", receipt, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"receipt-total\"><strong>{new CareMatch.SharedKernel.Values.Money(given.SeekerPaysPence)}</strong>", receipt, StringComparison.Ordinal);
        Assert.Contains("Test payments: no real money moves.", receipt, StringComparison.Ordinal);
        var statement = WebUtility.HtmlDecode(await carer.GetStringAsync($"/Carer/Earnings/{visit.Id}"));
        Assert.Contains($"data-testid=\"statement-net\"><strong>{new CareMatch.SharedKernel.Values.Money(given.CarerGetsPence)}</strong>", statement, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"statement-in-bank\">(Monday|Tuesday|Wednesday|Thursday|Friday) \\d+ \\w+ 20\\d\\d<", statement);
        Assert.Contains("Paid", WebUtility.HtmlDecode(await carer.GetStringAsync("/Carer/Earnings")), StringComparison.Ordinal);

        var lines = await factory.VisitLedgerAsync(visit.Id);
        Assert.All(lines.GroupBy(l => l.EntryId), entry => Assert.Equal(0, entry.Sum(l => l.Pence)));
        Assert.Equal(0, lines.Where(l => l.Account == LedgerAccount.CarerPayable).Sum(l => l.Pence));
        Assert.Equal(0, lines.Where(l => l.Account is LedgerAccount.CardHolds or LedgerAccount.HoldsOutstanding).Sum(l => l.Pence));
        Assert.Equal(given.SeekerPaysPence - given.CarerGetsPence, lines.Where(l => l.Account == LedgerAccount.StripeBalance).Sum(l => l.Pence));

        await factory.RunVisitMoneyTaskAsync();
        Assert.Equal(lines.Count, (await factory.VisitLedgerAsync(visit.Id)).Count);

        var (otherEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var other = await factory.SignedInAsync(otherEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Seeker/Payments/{visit.Id}")).StatusCode);
        Assert.DoesNotContain("data-testid=\"payment\"", await other.GetStringAsync("/Seeker/Payments"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_card_both_sides_are_told_and_the_hold_is_tried_again_once_a_card_is_saved()
    {
        var booked = await factory.BookedAsync("Parkinsons", withCard: false);
        var visit = booked.Visits[0];
        var (carer, seeker) = await factory.MoveToAsync(visit.StartsAt.AddHours(-47), booked);

        await factory.RunVisitMoneyTaskAsync();

        Assert.Equal(PaymentProblem.NoCard, (await factory.VisitPaymentAsync(visit.Id)).Problem);
        Assert.Contains("You have no card saved, so we could not secure the payment for this visit. Add a card", WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Visits/{visit.Id}")), StringComparison.Ordinal);
        Assert.Contains("The payment for this visit is not yet secured", WebUtility.HtmlDecode(await carer.GetStringAsync($"/Visits/{visit.Id}")), StringComparison.Ordinal);

        await seeker.SaveTestCardAsync();
        await factory.RunVisitMoneyTaskAsync();

        var secured = await factory.VisitPaymentAsync(visit.Id);
        Assert.NotNull(secured.HoldId);
        Assert.Null(secured.Problem);
        Assert.Contains("Payment secured", WebUtility.HtmlDecode(await carer.GetStringAsync($"/Visits/{visit.Id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_late_cancellation_is_charged_and_shared_and_a_carers_cancellation_gives_the_hold_back()
    {
        var booked = await factory.BookedAsync("StomaCare", withCard: true);
        var visits = booked.Visits;
        var (carer, seeker) = await factory.MoveToAsync(visits[0].StartsAt.AddHours(-24), booked);
        await factory.RunVisitMoneyTaskAsync();

        await seeker.VisitActionAsync(visits[0].Id, "Cancel", new Dictionary<string, string> { ["Input.Reason"] = "Hospital appointment" });
        await factory.DrainOutboxAsync();
        await factory.RunVisitMoneyTaskAsync();

        var late = await factory.VisitPaymentAsync(visits[0].Id);
        var fee = CarePricing.ForLateCancellation(late.HourlyRatePence, QuarterHours.Of(visits[0].EndsAt - visits[0].StartsAt), new FeeSettings());
        Assert.Equal((ChargeKind.LateCancellation, fee.CarePence), (late.ChargeKind, late.CarePence));
        Assert.NotNull(late.TransferId);
        Assert.Contains("Late cancellation", WebUtility.HtmlDecode(await carer.GetStringAsync($"/Carer/Earnings/{visits[0].Id}")), StringComparison.Ordinal);

        (carer, seeker) = await factory.MoveToAsync(visits[1].StartsAt.AddHours(-40), booked);
        await factory.RunVisitMoneyTaskAsync();
        Assert.NotNull((await factory.VisitPaymentAsync(visits[1].Id)).HoldId);
        await carer.VisitActionAsync(visits[1].Id, "Cancel", new Dictionary<string, string> { ["Input.Reason"] = "I am unwell" });
        await factory.DrainOutboxAsync();
        await factory.RunVisitMoneyTaskAsync();

        var released = await factory.VisitPaymentAsync(visits[1].Id);
        Assert.NotNull(released.ReleasedAt);
        Assert.Null(released.ChargeId);
        Assert.Contains("Nothing charged", WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Visits/{visits[1].Id}")), StringComparison.Ordinal);
        Assert.Equal(0, (await factory.VisitLedgerAsync(visits[1].Id)).Sum(l => l.Pence));
        Assert.DoesNotContain(await factory.VisitLedgerAsync(visits[1].Id), l => l.Account == LedgerAccount.StripeBalance);
    }
}
