using CareMatch.Web.Infrastructure.Database;

namespace CareMatch.Web.Infrastructure.Demo.History;

public static class DemoTimeRegistration
{
    /// <summary>
    /// The app's <see cref="TimeProvider"/>. The system's, except when this process may seed the
    /// demo area (the <c>seed-demo</c> command, or Demo:SeedOnStart on the embedded database
    /// outside production): then a <see cref="DemoTimeProvider"/>, which the demo history moves
    /// into the past and back. That is safe only because seeding runs before the app serves
    /// anyone and before the Hangfire server starts (both begin in <c>app.RunAsync()</c>), so
    /// nothing else sees the shifted time; after seeding its offset is zero. A production
    /// server never gets a movable clock: there <c>seed-demo</c> exits once seeded.
    /// </summary>
    public static IServiceCollection AddCareMatchTime(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment,
        DatabaseSettings database, string[] args)
    {
        var demo = configuration.GetSection(DemoSettings.Section).Get<DemoSettings>() ?? new DemoSettings();
        var seedsOnStart = demo.SeedOnStart && database.Provider == DatabaseProvider.Sqlite && !environment.IsProduction();
        if (args is not [DemoCommand.Name, ..] && !seedsOnStart)
        {
            services.AddSingleton(TimeProvider.System);
            return services;
        }
        var time = new DemoTimeProvider(TimeProvider.System);
        services.AddSingleton(time);
        services.AddSingleton<TimeProvider>(time);
        return services;
    }
}
