using CareMatch.Web.Infrastructure.Database;
using CareMatch.Web.Infrastructure.Demo.History;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CareMatch.IntegrationTests.Demo;

/// <summary>The movable demo clock exists only where demo seeding can run, and never on a production server.</summary>
public sealed class DemoTimeRegistrationTests
{
    [Theory]
    [InlineData("Development", true, DatabaseProvider.Sqlite, false, true)]
    [InlineData("Development", false, DatabaseProvider.Sqlite, false, false)]
    [InlineData("Development", true, DatabaseProvider.PostgreSql, false, false)]
    [InlineData("Production", true, DatabaseProvider.Sqlite, false, false)]
    [InlineData("Production", false, DatabaseProvider.SqlServer, true, true)]
    public void The_demo_clock_is_there_only_when_this_process_may_seed_the_demo(string environment, bool seedOnStart, DatabaseProvider provider, bool seedDemoCommand, bool movable)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:SeedOnStart"] = seedOnStart ? "true" : "false" })
            .Build();
        var services = new ServiceCollection();
        services.AddCareMatchTime(configuration, new HostingEnvironment { EnvironmentName = environment }, new DatabaseSettings { Provider = provider },
            seedDemoCommand ? ["seed-demo"] : []);

        using var provided = services.BuildServiceProvider();
        var time = provided.GetRequiredService<TimeProvider>();
        Assert.Equal(movable, time is DemoTimeProvider);
        Assert.Equal(movable, provided.GetService<DemoTimeProvider>() is not null);
        if (!movable) Assert.Same(TimeProvider.System, time);
    }

    [Fact]
    public void The_demo_clock_only_moves_forward_and_never_past_the_real_time()
    {
        var time = new DemoTimeProvider(TimeProvider.System);
        var real = DateTimeOffset.UtcNow;
        time.MoveTo(real.AddDays(-28));
        Assert.InRange(time.GetUtcNow(), real.AddDays(-28), real.AddDays(-28).AddSeconds(5));
        time.MoveTo(real.AddDays(-27));
        Assert.Throws<InvalidOperationException>(() => time.MoveTo(real.AddDays(-28)));
        Assert.Throws<InvalidOperationException>(() => time.MoveTo(DateTimeOffset.UtcNow.AddMinutes(1)));

        time.Return();
        Assert.Equal(TimeSpan.Zero, time.Offset);
        Assert.InRange(time.GetUtcNow(), real, DateTimeOffset.UtcNow);
    }
}
