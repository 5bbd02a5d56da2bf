using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>The SQLite app on a clock the test moves, for how quickly carers answer and how long answers count.</summary>
public sealed class ClockedSqliteAppFactory : SqliteAppFactory, IClockedFactory
{
    public ManualTimeProvider Time { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseManualClock(Time);
    }
}

/// <summary>The PostgreSQL app on a clock the test moves.</summary>
public sealed class ClockedPostgresAppFactory : PostgresAppFactory, IClockedFactory
{
    public ManualTimeProvider Time { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseManualClock(Time);
    }
}
