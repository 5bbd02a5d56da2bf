using Stripe;

namespace CareMatch.FakeStripe.Tests;

/// <summary>The property the payment code leans on: a retry with the same key never makes a second object.</summary>
public sealed class RetryTests(FakeStripeFixture stripe) : IClassFixture<FakeStripeFixture>
{
    [Fact]
    public async Task A_call_that_failed_after_the_fake_acted_is_replayed_for_the_same_key_and_makes_one_charge()
    {
        var card = await SavedCard.ForAsync(stripe);
        var key = new RequestOptions { IdempotencyKey = "visit_6:authorise" };
        stripe.Server.FailNext("POST", "payment_intents", Http.FailureTiming.AfterActing);

        await Assert.ThrowsAsync<StripeException>(() => stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(2500, card, "visit_6"), key));
        var retried = await stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(2500, card, "visit_6"), key);
        var again = await stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(2500, card, "visit_6"), key);

        Assert.Equal(retried.Id, again.Id);
        Assert.Single(stripe.Server.Change(() => stripe.Server.Objects.All("payment_intent").Where(p => (string?)p["transfer_group"] == "visit_6").ToList()));
        Assert.Equal(3, stripe.Server.Requests.Count(r => r.IdempotencyKey == "visit_6:authorise"));
    }

    [Fact]
    public async Task A_call_that_failed_before_acting_runs_on_retry()
    {
        var card = await SavedCard.ForAsync(stripe);
        var key = new RequestOptions { IdempotencyKey = "visit_7:authorise" };
        stripe.Server.FailNext("POST", "payment_intents", Http.FailureTiming.BeforeActing);

        await Assert.ThrowsAsync<StripeException>(() => stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(2500, card, "visit_7"), key));
        Assert.Empty(stripe.Server.Change(() => stripe.Server.Objects.All("payment_intent").Where(p => (string?)p["transfer_group"] == "visit_7").ToList()));

        var retried = await stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(2500, card, "visit_7"), key);
        Assert.Equal("requires_capture", retried.Status);
    }

    [Fact]
    public async Task The_same_key_with_other_parameters_is_an_idempotency_error()
    {
        var card = await SavedCard.ForAsync(stripe);
        var key = new RequestOptions { IdempotencyKey = "visit_8:authorise" };
        await stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(2500, card, "visit_8"), key);

        var refused = await Assert.ThrowsAsync<StripeException>(() => stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(9900, card, "visit_8"), key));

        Assert.Equal("idempotency_error", refused.StripeError.Type);
    }
}
