using Stripe;

namespace CareMatch.FakeStripe.Tests;

public sealed class WebhookSignatureTests(FakeStripeFixture stripe) : IClassFixture<FakeStripeFixture>
{
    [Fact]
    public async Task Stripe_net_accepts_the_fakes_signature_and_refuses_a_tampered_or_stale_payload()
    {
        var card = await SavedCard.ForAsync(stripe);
        await stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(1800, card, "visit_9"));
        var authorised = stripe.Server.Events.OfType("payment_intent.amount_capturable_updated")[^1];

        var (payload, signature) = stripe.Server.Signed(authorised);
        var parsed = EventUtility.ConstructEvent(payload, signature, stripe.Server.Signer.Secret);
        Assert.Equal(1800, ((PaymentIntent)parsed.Data.Object).AmountCapturable);

        Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(payload.Replace("1800", "9999", StringComparison.Ordinal), signature, stripe.Server.Signer.Secret));
        var (_, stale) = stripe.Server.Signed(authorised, DateTimeOffset.UtcNow.AddSeconds(-301));
        Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(payload, stale, stripe.Server.Signer.Secret));
    }

    [Fact]
    public async Task Balance_transactions_page_newest_first_as_the_reconciliation_reads_them()
    {
        var card = await SavedCard.ForAsync(stripe);
        for (var i = 0; i < 3; i++)
        {
            await stripe.Client.V1.PaymentIntents.CaptureAsync((await stripe.Client.V1.PaymentIntents.CreateAsync(SavedCard.HoldFor(1000 + i, card, $"visit_p{i}"))).Id);
        }

        var first = await stripe.Client.V1.BalanceTransactions.ListAsync(new BalanceTransactionListOptions { Limit = 2 });
        var second = await stripe.Client.V1.BalanceTransactions.ListAsync(new BalanceTransactionListOptions { Limit = 2, StartingAfter = first.Data[^1].Id });

        Assert.Equal([1002L, 1001L], first.Data.Select(t => t.Amount));
        Assert.True(first.HasMore);
        Assert.Contains(1000L, second.Data.Select(t => t.Amount));
    }
}
