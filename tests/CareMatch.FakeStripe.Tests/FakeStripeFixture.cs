using Stripe;

namespace CareMatch.FakeStripe.Tests;

/// <summary>A fresh fake per test class, and a Stripe.net client pointed at it with retries off (tests retry on purpose).</summary>
public sealed class FakeStripeFixture : IAsyncLifetime
{
    public FakeStripeServer Server { get; private set; } = null!;

    public StripeClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await FakeStripeServer.StartAsync(StripeConfiguration.ApiVersion);
        Client = new StripeClient("sk_test_fake", httpClient: new SystemNetHttpClient(new HttpClient(), maxNetworkRetries: 0), apiBase: Server.Url);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
