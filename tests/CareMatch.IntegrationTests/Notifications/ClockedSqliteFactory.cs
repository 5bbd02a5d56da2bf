using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CareMatch.IntegrationTests.Notifications;

/// <summary>The SQLite app on a clock the test moves: a day passes for a digest, a week for a reminder.</summary>
public sealed class ClockedSqliteFactory : SqliteAppFactory, IClockedFactory
{
    public ManualTimeProvider Time { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseManualClock(Time);
    }
}
