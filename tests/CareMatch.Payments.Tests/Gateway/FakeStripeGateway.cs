using CareMatch.FakeStripe;
using CareMatch.Payments.Gateway;
using Stripe;

namespace CareMatch.Payments.Tests.Gateway;

/// <summary>The real Stripe gateway, pointed at a fresh fake Stripe, with Stripe.net's own retries off.</summary>
public sealed class FakeStripeGateway : IAsyncLifetime
{
    public FakeStripeServer Stripe { get; private set; } = null!;

    internal StripeGateway Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stripe = await FakeStripeServer.StartAsync(StripeConfiguration.ApiVersion);
        Gateway = new StripeGateway(new StripeClient("sk_test_fake", httpClient: new SystemNetHttpClient(new HttpClient(), maxNetworkRetries: 0), apiBase: Stripe.Url));
    }

    public async Task DisposeAsync() => await Stripe.DisposeAsync();

    internal async Task<(string Customer, SavedCardDetails Card)> SavedCardAsync(bool declines = false)
    {
        var customer = await Gateway.CreateCustomerAsync("seeker@example.test", default);
        var setup = await Gateway.StartCardSetupAsync(customer, new CardPages(new Uri("https://carematch.test/saved"), new Uri("https://carematch.test/card"), new Uri("https://carematch.test/test")), default);
        Stripe.Change(() => Stripe.Cards.CompleteSetup(setup.Id, declines));
        return (customer, (await Gateway.SavedCardAsync(setup.Id, default))!);
    }

    internal async Task<string> OnboardedCarerAsync()
    {
        var account = await Gateway.CreatePayoutAccountAsync("carer@example.test", default);
        Stripe.Change(() => Stripe.Accounts.FinishOnboarding(account));
        return account;
    }
}
