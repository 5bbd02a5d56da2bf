using CareMatch.FakeStripe;
using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>The SQLite app with Stripe keys set (its own fake Stripe), on a clock the test moves.</summary>
public sealed class ClockedSqliteWithStripeFactory : SqliteAppFactory, IStripeConnectedFactory, IClockedFactory
{
    public FakeStripeServer Stripe { get; } = FakeStripeConnection.Start();

    public ManualTimeProvider Time { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.PointAt(Stripe);
        builder.UseManualClock(Time);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}

/// <summary>The PostgreSQL app with Stripe keys set (its own fake Stripe), on a clock the test moves.</summary>
public sealed class ClockedPostgresWithStripeFactory : PostgresAppFactory, IStripeConnectedFactory, IClockedFactory
{
    public FakeStripeServer Stripe { get; } = FakeStripeConnection.Start();

    public ManualTimeProvider Time { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.PointAt(Stripe);
        builder.UseManualClock(Time);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}
