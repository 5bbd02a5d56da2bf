using CareMatch.FakeStripe;
using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>Starts a fake Stripe for one app and points the app's Stripe settings at it, as real keys would.</summary>
public static class FakeStripeConnection
{
    public const string WebhookSecret = "whsec_integration_tests";

    public static FakeStripeServer Start() =>
        FakeStripeServer.StartAsync(Stripe.StripeConfiguration.ApiVersion, WebhookSecret).GetAwaiter().GetResult();

    /// <summary>Posts an event to /stripe/webhook as Stripe would: signed now with the endpoint's secret.</summary>
    public static async Task<HttpResponseMessage> DeliverStripeEventAsync<TFactory>(this TFactory factory, System.Text.Json.Nodes.JsonObject stripeEvent)
        where TFactory : CareMatchAppFactory, IStripeConnectedFactory
    {
        var (payload, signature) = factory.Stripe.Signed(stripeEvent);
        using var content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json");
        content.Headers.Add("Stripe-Signature", signature);
        return await factory.CreateClient().PostAsync("/stripe/webhook", content);
    }

    public static void PointAt(this IWebHostBuilder builder, FakeStripeServer stripe)
    {
        builder.UseSetting("Payments:Stripe:SecretKey", "sk_test_integration");
        builder.UseSetting("Payments:Stripe:WebhookSecret", WebhookSecret);
        builder.UseSetting("Payments:Stripe:ApiBase", stripe.Url);
    }
}

/// <summary>The SQLite app with Stripe keys set, talking to its own fake Stripe.</summary>
public sealed class SqliteWithStripeFactory : SqliteAppFactory, IStripeConnectedFactory
{
    public FakeStripeServer Stripe { get; } = FakeStripeConnection.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.PointAt(Stripe);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}

/// <summary>The PostgreSQL app with Stripe keys set, talking to its own fake Stripe.</summary>
public sealed class PostgresWithStripeFactory : PostgresAppFactory, IStripeConnectedFactory
{
    public FakeStripeServer Stripe { get; } = FakeStripeConnection.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.PointAt(Stripe);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}

public interface IStripeConnectedFactory
{
    FakeStripeServer Stripe { get; }
}
