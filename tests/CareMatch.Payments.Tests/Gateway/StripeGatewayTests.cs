using CareMatch.FakeStripe.Http;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Payouts;

namespace CareMatch.Payments.Tests.Gateway;

public sealed class StripeGatewayTests(FakeStripeGateway stripe) : IClassFixture<FakeStripeGateway>
{
    private static readonly Uri Back = new("https://carematch.test/carer/payouts");

    [Fact]
    public async Task A_carers_payout_account_says_what_is_still_needed_until_onboarding_is_finished()
    {
        var account = await stripe.Gateway.CreatePayoutAccountAsync("carer@example.test", default);
        var link = await stripe.Gateway.OnboardingLinkAsync(account, new OnboardingPages(Back, Back, Back), default);

        var before = await stripe.Gateway.PayoutAccountAsync(account, default);
        stripe.Stripe.Change(() => stripe.Stripe.Accounts.FinishOnboarding(account));
        var after = await stripe.Gateway.PayoutAccountAsync(account, default);

        Assert.StartsWith(stripe.Stripe.Url, link.ToString(), StringComparison.Ordinal);
        Assert.False(before.PayoutsEnabled);
        Assert.Contains("external_account", before.StillDue);
        Assert.True(after.PayoutsEnabled);
        Assert.Empty(after.StillDue);
        Assert.Equal(PayoutSchedule.Daily(3), after.Schedule);
    }

    [Fact]
    public async Task A_saved_card_is_read_back_masked_and_none_is_read_from_an_unfinished_setup()
    {
        var customer = await stripe.Gateway.CreateCustomerAsync("seeker@example.test", default);
        var setup = await stripe.Gateway.StartCardSetupAsync(customer, new CardPages(Back, Back, Back), default);
        Assert.Null(await stripe.Gateway.SavedCardAsync(setup.Id, default));

        var (_, card) = await stripe.SavedCardAsync();

        Assert.Equal(("visa", "4242"), (card.Brand, card.Last4));
    }

    [Fact]
    public async Task A_visit_is_held_captured_for_the_hours_given_and_the_carer_paid_from_that_charge()
    {
        var (customer, card) = await stripe.SavedCardAsync();
        var carer = await stripe.OnboardedCarerAsync();

        var hold = await stripe.Gateway.AuthoriseAsync(new HoldRequest(customer, card.PaymentMethodId, 4000, "visit-a"), "visit-a:hold", default);
        var charge = await stripe.Gateway.CaptureAsync(hold.HoldId!, 3000, "visit-a:capture", default);
        var transfer = await stripe.Gateway.TransferAsync(new TransferRequest(carer, 2640, charge, "visit-a"), "visit-a:transfer", default);

        Assert.Equal(AuthorisationResult.Held, hold.Result);
        Assert.Equal(360, BalanceFrom("visit-a"));
        Assert.StartsWith("tr_", transfer, StringComparison.Ordinal);
        var sent = stripe.Stripe.Requests.Single(r => r.IdempotencyKey == "visit-a:transfer");
        Assert.Equal(charge, sent.Parameters["source_transaction"]!.GetValue<string>());
        Assert.Equal("visit-a", sent.Parameters["transfer_group"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_declined_card_is_an_answer_with_the_reason_not_a_fault()
    {
        var (customer, card) = await stripe.SavedCardAsync(declines: true);

        var hold = await stripe.Gateway.AuthoriseAsync(new HoldRequest(customer, card.PaymentMethodId, 4000, "visit-b"), "visit-b:hold", default);

        Assert.Equal(AuthorisationResult.Declined, hold.Result);
        Assert.Equal("insufficient_funds", hold.DeclineCode);
    }

    [Fact]
    public async Task A_hold_retried_with_its_key_after_Stripe_acted_and_the_answer_was_lost_is_one_hold()
    {
        var (customer, card) = await stripe.SavedCardAsync();
        var hold = new HoldRequest(customer, card.PaymentMethodId, 4000, "visit-c");
        stripe.Stripe.FailNext("POST", "payment_intents", FailureTiming.AfterActing);

        await Assert.ThrowsAsync<Stripe.StripeException>(() => stripe.Gateway.AuthoriseAsync(hold, "visit-c:hold", default));
        var retried = await stripe.Gateway.AuthoriseAsync(hold, "visit-c:hold", default);

        Assert.Equal(AuthorisationResult.Held, retried.Result);
        Assert.Single(stripe.Stripe.Change(() => stripe.Stripe.Objects.All("payment_intent").Where(p => (string?)p["transfer_group"] == "visit-c").ToList()));
    }

    [Fact]
    public async Task A_released_hold_takes_nothing_and_a_refund_and_reversal_give_back_what_was_asked()
    {
        var (customer, card) = await stripe.SavedCardAsync();
        var carer = await stripe.OnboardedCarerAsync();
        var released = await stripe.Gateway.AuthoriseAsync(new HoldRequest(customer, card.PaymentMethodId, 2000, "visit-d"), "visit-d:hold", default);
        await stripe.Gateway.ReleaseAsync(released.HoldId!, "visit-d:release", default);

        var paid = await stripe.Gateway.AuthoriseAsync(new HoldRequest(customer, card.PaymentMethodId, 2000, "visit-e"), "visit-e:hold", default);
        var charge = await stripe.Gateway.CaptureAsync(paid.HoldId!, 2000, "visit-e:capture", default);
        var transfer = await stripe.Gateway.TransferAsync(new TransferRequest(carer, 1500, charge, "visit-e"), "visit-e:transfer", default);
        await stripe.Gateway.RefundAsync(paid.HoldId!, 2000, "visit-e:refund", default);
        await stripe.Gateway.ReverseTransferAsync(transfer, 1500, "visit-e:reversal", default);

        Assert.Equal("canceled", stripe.Stripe.Change(() => (string)stripe.Stripe.Objects.Find(released.HoldId!)!["status"]!));
        Assert.True(stripe.Stripe.Change(() => (bool)stripe.Stripe.Objects.Find(transfer)!["reversed"]!));
        Assert.True(stripe.Stripe.Change(() => (bool)stripe.Stripe.Objects.Find(charge)!["refunded"]!));
    }

    /// <summary>The fixture's fake is shared by the class, so the balance is read for one visit's charges and transfers.</summary>
    private long BalanceFrom(string visit) => stripe.Stripe.Change(() =>
        stripe.Stripe.Objects.All("balance_transaction")
            .Where(t => (string?)stripe.Stripe.Objects.Find((string)t["source"]!)?["transfer_group"] == visit)
            .Sum(t => (long)t["net"]!));
}
