using System.Net;
using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Providers;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// A visit's money through Stripe.net against the fake Stripe: a call whose answer is lost after
/// Stripe acted is repeated with its stored key and moves the money once; Stripe's own events for
/// the visit, however many and in whatever order, leave the payment and the books as they were,
/// and record what a crash kept us from saving.
/// </summary>
public abstract class StripeVisitMoneyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory, IStripeConnectedFactory, IClockedFactory
{
    private FakeStripe.FakeStripeServer Stripe => factory.Stripe;

    [Fact]
    public async Task Calls_that_fail_after_Stripe_acted_are_repeated_with_their_keys_and_give_one_charge_and_one_transfer()
    {
        var (booked, visit) = await HeldVisitAsync("Epilepsy");
        await factory.GivenAndApprovedAsync(booked, visit, minutes: 60);

        Stripe.FailNext("POST", $"payment_intents/{(await factory.VisitPaymentAsync(visit.Id)).HoldId}/capture", FailureTiming.AfterActing);
        await factory.RunVisitMoneyTaskAsync();
        var faulted = await factory.VisitPaymentAsync(visit.Id);
        Assert.Null(faulted.ChargeId);
        Assert.NotNull(faulted.LastError);

        Stripe.FailNext("POST", "transfers", FailureTiming.AfterActing);
        factory.Time.Advance(TimeSpan.FromMinutes(6));
        await factory.RunVisitMoneyTaskAsync();
        Assert.Null((await factory.VisitPaymentAsync(visit.Id)).TransferId);
        factory.Time.Advance(TimeSpan.FromMinutes(6));
        await factory.RunVisitMoneyTaskAsync();

        var paid = await factory.VisitPaymentAsync(visit.Id);
        Assert.NotNull(paid.TransferId);
        Assert.Equal(1, Stripe.Change(() => Stripe.Objects.All("balance_transaction").Count(t => (string?)t["source"] == paid.ChargeId)));
        var transfers = Stripe.Change(() => Stripe.Objects.All("transfer").Where(t => (string?)t["transfer_group"] == visit.Id.ToString()).ToList());
        Assert.Equal(paid.TransferId, Assert.Single(transfers)["id"]!.GetValue<string>());
        Assert.Equal(paid.Charge!.CarerGetsPence, transfers[0]["amount"]!.GetValue<long>());
        Assert.Equal(paid.Charge.SeekerPaysPence, Stripe.Change(() => Stripe.Objects.Get("charge", paid.ChargeId!)["amount_captured"]!.GetValue<long>()));
        await AssertBooksBalanceAsync(visit.Id, paid.Charge.SeekerPaysPence - paid.Charge.CarerGetsPence);
    }

    [Fact]
    public async Task A_capture_Stripe_made_before_our_save_is_recorded_from_its_event_and_never_repeated()
    {
        var (booked, visit) = await HeldVisitAsync("Parkinsons");
        await factory.GivenAndApprovedAsync(booked, visit, minutes: 45);
        var holdId = (await factory.VisitPaymentAsync(visit.Id)).HoldId!;
        Stripe.FailNext("POST", $"payment_intents/{holdId}/capture", FailureTiming.AfterActing);
        await factory.RunVisitMoneyTaskAsync();

        Assert.Equal(HttpStatusCode.OK, (await factory.DeliverStripeEventAsync(EventAbout("payment_intent.succeeded", holdId))).StatusCode);
        var recorded = await factory.VisitPaymentAsync(visit.Id);
        Assert.NotNull(recorded.ChargeId);

        factory.Time.Advance(TimeSpan.FromMinutes(6));
        await factory.RunVisitMoneyTaskAsync();
        Assert.NotNull((await factory.VisitPaymentAsync(visit.Id)).TransferId);
        Assert.Single(Stripe.Requests, r => r.Method == "POST" && r.Path.EndsWith("/capture", StringComparison.Ordinal) && r.Path.Contains(holdId, StringComparison.Ordinal));
        await AssertBooksBalanceAsync(visit.Id, recorded.Charge!.SeekerPaysPence - recorded.Charge.CarerGetsPence);
    }

    [Fact]
    public async Task A_visits_events_delivered_a_hundred_times_twenty_at_once_and_in_reverse_change_nothing_more()
    {
        var (booked, visit) = await HeldVisitAsync("StomaCare");
        await factory.GivenAndApprovedAsync(booked, visit, minutes: 60);
        await factory.RunVisitMoneyTaskAsync();
        var paid = await factory.VisitPaymentAsync(visit.Id);
        var booksBefore = (await factory.VisitLedgerAsync(visit.Id)).Count;
        var lifecycle = new[]
        {
            EventAbout("payment_intent.amount_capturable_updated", paid.HoldId!),
            EventAbout("payment_intent.succeeded", paid.HoldId!),
            EventAbout("transfer.created", paid.TransferId!),
        };

        foreach (var stripeEvent in lifecycle.Reverse()) Assert.Equal(HttpStatusCode.OK, (await factory.DeliverStripeEventAsync(stripeEvent)).StatusCode);
        var answers = new List<HttpStatusCode>();
        for (var wave = 0; wave < 5; wave++)
        {
            answers.AddRange((await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.DeliverStripeEventAsync(lifecycle[1])))).Select(r => r.StatusCode));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal(booksBefore, (await factory.VisitLedgerAsync(visit.Id)).Count);
        var after = await factory.VisitPaymentAsync(visit.Id);
        Assert.Equal((paid.HoldId, paid.ChargeId, paid.TransferId, paid.RefundedPence), (after.HoldId, after.ChargeId, after.TransferId, after.RefundedPence));
        foreach (var stripeEvent in lifecycle) Assert.Equal(1, await ReceivedCountAsync((string)stripeEvent["id"]!));
    }

    [Fact]
    public async Task A_dispute_opens_a_case_its_final_word_stands_in_any_order_and_a_loss_is_booked_once()
    {
        var (booked, visit) = await HeldVisitAsync("DiabetesSupport");
        await factory.GivenAndApprovedAsync(booked, visit, minutes: 60);
        await factory.RunVisitMoneyTaskAsync();
        var paid = await factory.VisitPaymentAsync(visit.Id);
        var (opened, lost) = Stripe.Change(() =>
        {
            var dispute = Stripe.Objects.Add("dp", "dispute", new JsonObject
            {
                ["amount"] = paid.Charge!.SeekerPaysPence, ["charge"] = paid.ChargeId, ["payment_intent"] = paid.HoldId,
                ["currency"] = "gbp", ["reason"] = "product_not_received", ["status"] = "needs_response",
            });
            var first = Stripe.Events.Emit("charge.dispute.created", dispute);
            dispute["status"] = "lost";
            var last = Stripe.Events.Emit("charge.dispute.closed", dispute);
            first["created"] = (long)first["created"]! - 3600;
            return (first, last);
        });

        foreach (var stripeEvent in new[] { lost, opened, lost }) Assert.Equal(HttpStatusCode.OK, (await factory.DeliverStripeEventAsync(stripeEvent)).StatusCode);

        var dispute = await factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().PaymentDisputes.AsNoTracking().SingleAsync(d => d.VisitId == visit.Id));
        Assert.Equal(("lost", "product_not_received", paid.Charge!.SeekerPaysPence), (dispute.Status, dispute.Reason, dispute.Pence));
        var losses = (await factory.VisitLedgerAsync(visit.Id)).Where(l => l.Kind == JournalKind.DisputeLost && l.Account == LedgerAccount.Refunds).ToList();
        Assert.Equal(paid.Charge.SeekerPaysPence, Assert.Single(losses).Pence);

        var admin = await factory.AdminAsync();
        Assert.Contains(paid.Reference, await admin.GetStringAsync("/Admin/Payments"), StringComparison.Ordinal);
        var page = $"/Admin/Payments/Visit/{visit.Id}";
        var disputeId = (string)opened["data"]!["object"]!["id"]!;
        var unexplained = await admin.SubmitAsync($"{page}?disputeId={disputeId}", new Dictionary<string, string>(), handler: "CarerAtFault");
        Assert.Contains("Enter why the carer is at fault", WebUtility.HtmlDecode(await unexplained.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var found = await admin.SubmitAsync($"{page}?disputeId={disputeId}", new Dictionary<string, string> { ["Input.Reason"] = "The carer never came" }, handler: "CarerAtFault");
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);

        var reversed = await factory.VisitPaymentAsync(visit.Id);
        Assert.Equal(paid.Charge.CarerGetsPence, reversed.ReversedPence);
        Assert.Equal(paid.Charge.CarerGetsPence, Stripe.Change(() => (long)Stripe.Objects.Get("transfer", paid.TransferId!)["amount_reversed"]!));
        Assert.Contains("The carer was found at fault.", WebUtility.HtmlDecode(await admin.GetStringAsync(page)), StringComparison.Ordinal);
        Assert.DoesNotContain("Find the carer at fault", await admin.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_carers_payout_is_known_from_Stripes_events_and_the_last_word_stands()
    {
        var carer = await factory.BookableCarerAsync();
        var account = await factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().PayoutAccounts.AsNoTracking()
            .Where(a => a.CarerProfileId == carer.ProfileId).Select(a => a.GatewayAccountId).SingleAsync());
        var (created, paid) = Stripe.Change(() =>
        {
            var payout = Stripe.Objects.Add("po", "payout", new JsonObject
            {
                ["amount"] = 4_210L, ["currency"] = "gbp", ["status"] = "pending", ["arrival_date"] = Stripe.Objects.Now + 86_400, ["method"] = "standard",
            });
            var first = Stripe.Events.Emit("payout.created", payout, account);
            payout["status"] = "paid";
            return (first, Stripe.Events.Emit("payout.paid", payout, account));
        });

        foreach (var stripeEvent in new[] { paid, created }) Assert.Equal(HttpStatusCode.OK, (await factory.DeliverStripeEventAsync(stripeEvent)).StatusCode);

        var known = await factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().CarerPayouts.AsNoTracking().SingleAsync(p => p.GatewayAccountId == account));
        Assert.Equal(("paid", 4_210L), (known.Status, known.Pence));
    }

    /// <summary>A booked visit with a card saved at Stripe, held at Stripe about 47 hours before it starts.</summary>
    private async Task<(VisitMoney.Booked Booked, CareMatch.Bookings.Visits.Visit Visit)> HeldVisitAsync(string skill)
    {
        var booked = await factory.BookedAsync(skill, withCard: true);
        var visit = booked.Visits[0];
        await factory.MoveToAsync(visit.StartsAt.AddHours(-47), booked);
        await factory.RunVisitMoneyTaskAsync();
        var held = await factory.VisitPaymentAsync(visit.Id);
        Assert.StartsWith("pi_", held.HoldId, StringComparison.Ordinal);
        return (booked, visit);
    }

    private async Task AssertBooksBalanceAsync(Guid visitId, long platformKeepsPence)
    {
        var lines = await factory.VisitLedgerAsync(visitId);
        Assert.All(lines.GroupBy(l => l.EntryId), entry => Assert.Equal(0, entry.Sum(l => l.Pence)));
        Assert.Equal(0, lines.Where(l => l.Account == LedgerAccount.CarerPayable).Sum(l => l.Pence));
        Assert.Equal(platformKeepsPence, lines.Where(l => l.Account == LedgerAccount.StripeBalance).Sum(l => l.Pence));
        Assert.Single(lines.Where(l => l.Kind == JournalKind.Capture).Select(l => l.EntryId).Distinct());
        Assert.Single(lines.Where(l => l.Kind == JournalKind.Transfer).Select(l => l.EntryId).Distinct());
    }

    /// <summary>The latest event of <paramref name="type"/> the fake emitted about the Stripe object <paramref name="objectId"/>.</summary>
    private JsonObject EventAbout(string type, string objectId) =>
        Stripe.Change(() => Stripe.Events.OfType(type).Last(e => (string?)e["data"]!["object"]!["id"] == objectId));

    private Task<int> ReceivedCountAsync(string eventId) => factory.InScopeAsync(services =>
        services.GetRequiredService<PaymentsDbContext>().ReceivedStripeEvents.CountAsync(e => e.EventId == eventId));
}

public sealed class StripeVisitMoneyOnSqlite(ClockedSqliteWithStripeFactory factory) : StripeVisitMoneyTests<ClockedSqliteWithStripeFactory>(factory);

public sealed class StripeVisitMoneyOnPostgreSql(ClockedPostgresWithStripeFactory factory) : StripeVisitMoneyTests<ClockedPostgresWithStripeFactory>(factory);
