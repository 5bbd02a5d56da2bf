using Stripe;

namespace CareMatch.FakeStripe.Tests;

public sealed class VisitPaymentTests(FakeStripeFixture stripe) : IClassFixture<FakeStripeFixture>
{
    [Fact]
    public async Task A_hold_is_captured_for_the_hours_given_and_the_carers_share_is_transferred_from_that_charge()
    {
        var card = await SavedCard.ForAsync(stripe);
        var carer = await stripe.Client.V1.Accounts.CreateAsync(new AccountCreateOptions { Type = "express", Country = "GB" });
        stripe.Server.Change(() => stripe.Server.Accounts.FinishOnboarding(carer.Id));
        var before = stripe.Server.Change(() => stripe.Server.Balance.Available);

        var hold = await stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(6000, card, "visit_1"));
        Assert.Equal("requires_capture", hold.Status);
        Assert.Equal(6000, hold.AmountCapturable);

        var captured = await stripe.Client.V1.PaymentIntents.CaptureAsync(hold.Id, new PaymentIntentCaptureOptions { AmountToCapture = 4500 });
        Assert.Equal("succeeded", captured.Status);
        Assert.Equal(4500, captured.AmountReceived);

        var transfer = await stripe.Client.V1.Transfers.CreateAsync(new TransferCreateOptions
        {
            Amount = 3600, Currency = "gbp", Destination = carer.Id, SourceTransaction = captured.LatestChargeId, TransferGroup = "visit_1",
        });
        Assert.Equal(carer.Id, transfer.DestinationId);
        Assert.Equal(before + 900, stripe.Server.Change(() => stripe.Server.Balance.Available));

        await Assert.ThrowsAsync<StripeException>(() => stripe.Client.V1.Transfers.CreateAsync(new TransferCreateOptions
        {
            Amount = 1000, Currency = "gbp", Destination = carer.Id, SourceTransaction = captured.LatestChargeId,
        }));
    }

    [Fact]
    public async Task More_than_was_authorised_cannot_be_captured()
    {
        var hold = await stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(3000, await SavedCard.ForAsync(stripe), "visit_2"));

        await Assert.ThrowsAsync<StripeException>(() =>
            stripe.Client.V1.PaymentIntents.CaptureAsync(hold.Id, new PaymentIntentCaptureOptions { AmountToCapture = 3001 }));
    }

    [Fact]
    public async Task A_card_that_declines_off_session_answers_card_declined_with_the_intent_left_needing_a_card()
    {
        var card = await SavedCard.ForAsync(stripe, declines: true);

        var declined = await Assert.ThrowsAsync<StripeException>(() => stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(3000, card, "visit_3")));

        Assert.Equal("card_declined", declined.StripeError.Code);
        Assert.Equal("requires_payment_method", declined.StripeError.PaymentIntent.Status);
    }

    [Fact]
    public async Task A_cancelled_hold_cannot_be_captured_and_a_refund_cannot_exceed_the_capture()
    {
        var card = await SavedCard.ForAsync(stripe);
        var released = await stripe.Client.V1.PaymentIntents.CancelAsync((await stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(2000, card, "visit_4"))).Id);
        Assert.Equal("canceled", released.Status);
        await Assert.ThrowsAsync<StripeException>(() => stripe.Client.V1.PaymentIntents.CaptureAsync(released.Id));

        var paid = await stripe.Client.V1.PaymentIntents.CaptureAsync((await stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(2000, card, "visit_5"))).Id);
        var refund = await stripe.Client.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = paid.Id, Amount = 500 });
        Assert.Equal(500, refund.Amount);
        await Assert.ThrowsAsync<StripeException>(() => stripe.Client.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = paid.Id, Amount = 1501 }));
    }
}
