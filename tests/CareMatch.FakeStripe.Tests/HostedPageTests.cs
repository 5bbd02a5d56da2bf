using System.Net;
using Stripe;
using Stripe.Checkout;

namespace CareMatch.FakeStripe.Tests;

/// <summary>The hosted pages a browser test walks through: each finishes its job and sends the browser back where our app asked.</summary>
public sealed class HostedPageTests(FakeStripeFixture stripe) : IClassFixture<FakeStripeFixture>
{
    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false });

    [Fact]
    public async Task Finishing_the_onboarding_page_enables_payouts_and_returns_to_our_return_url()
    {
        var account = await stripe.Client.V1.Accounts.CreateAsync(new AccountCreateOptions { Type = "express", Country = "GB" });
        var link = await stripe.Client.V1.AccountLinks.CreateAsync(new AccountLinkCreateOptions
        {
            Account = account.Id, Type = "account_onboarding",
            RefreshUrl = "https://carematch.test/refresh", ReturnUrl = "https://carematch.test/return",
        });
        var page = await _browser.GetStringAsync(link.Url);
        Assert.Contains("Finish onboarding", page, StringComparison.Ordinal);

        var finished = await _browser.PostAsync($"{stripe.Server.Url}/hosted/onboarding/{account.Id}/finish?return_url={Uri.EscapeDataString("https://carematch.test/return")}", null);

        Assert.Equal(HttpStatusCode.Redirect, finished.StatusCode);
        Assert.Equal("https://carematch.test/return", finished.Headers.Location!.ToString());
        Assert.True((await stripe.Client.V1.Accounts.GetAsync(account.Id)).PayoutsEnabled);
    }

    [Fact]
    public async Task Saving_a_card_on_the_checkout_page_returns_to_the_success_url_with_the_session_id()
    {
        var customer = await stripe.Client.V1.Customers.CreateAsync(new CustomerCreateOptions());
        var session = await stripe.Client.V1.Checkout.Sessions.CreateAsync(new SessionCreateOptions
        {
            Mode = "setup", Customer = customer.Id, Currency = "gbp",
            SuccessUrl = "https://carematch.test/saved?session={CHECKOUT_SESSION_ID}", CancelUrl = "https://carematch.test/cards",
        });

        var saved = await _browser.PostAsync($"{session.Url}/complete", new FormUrlEncodedContent([KeyValuePair.Create("card", "works")]));

        Assert.Equal($"https://carematch.test/saved?session={session.Id}", saved.Headers.Location!.ToString());
        var setupIntent = await stripe.Client.V1.SetupIntents.GetAsync((await stripe.Client.V1.Checkout.Sessions.GetAsync(session.Id)).SetupIntentId);
        var card = await stripe.Client.V1.PaymentMethods.GetAsync(setupIntent.PaymentMethodId);
        Assert.Equal("4242", card.Card.Last4);
    }
}
