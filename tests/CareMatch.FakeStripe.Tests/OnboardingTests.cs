using Stripe;

namespace CareMatch.FakeStripe.Tests;

public sealed class OnboardingTests(FakeStripeFixture stripe) : IClassFixture<FakeStripeFixture>
{
    [Fact]
    public async Task An_express_account_takes_payouts_only_after_onboarding_and_says_so_in_account_updated()
    {
        var account = await stripe.Client.V1.Accounts.CreateAsync(new AccountCreateOptions { Type = "express", Country = "GB", Email = "carer@example.test" });
        Assert.False(account.PayoutsEnabled);
        Assert.Contains("external_account", account.Requirements.CurrentlyDue);

        var link = await stripe.Client.V1.AccountLinks.CreateAsync(new AccountLinkCreateOptions
        {
            Account = account.Id,
            Type = "account_onboarding",
            RefreshUrl = "https://carematch.test/carer/payouts/refresh",
            ReturnUrl = "https://carematch.test/carer/payouts/return",
        });
        Assert.StartsWith($"{stripe.Server.Url}/hosted/onboarding/{account.Id}", link.Url, StringComparison.Ordinal);

        stripe.Server.Change(() => stripe.Server.Accounts.FinishOnboarding(account.Id));

        var onboarded = await stripe.Client.V1.Accounts.GetAsync(account.Id);
        Assert.True(onboarded.PayoutsEnabled);
        Assert.Empty(onboarded.Requirements.CurrentlyDue);
        var updated = Assert.Single(stripe.Server.Events.OfType("account.updated"));
        var (payload, signature) = stripe.Server.Signed(updated);
        var parsed = EventUtility.ConstructEvent(payload, signature, stripe.Server.Signer.Secret);
        Assert.True(((Account)parsed.Data.Object).PayoutsEnabled);
    }

    [Fact]
    public async Task A_transfer_to_an_account_that_cannot_take_payouts_is_refused()
    {
        var account = await stripe.Client.V1.Accounts.CreateAsync(new AccountCreateOptions { Type = "express", Country = "GB" });

        var refused = await Assert.ThrowsAsync<StripeException>(() => stripe.Client.V1.Transfers.CreateAsync(
            new TransferCreateOptions { Amount = 1000, Currency = "gbp", Destination = account.Id }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.HttpStatusCode);
    }
}
