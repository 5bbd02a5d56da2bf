using CareMatch.SharedKernel.Outbox;
using CareMatch.Web.Infrastructure.Database;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;

namespace CareMatch.Web.Infrastructure.Scheduling;

public static class HangfireRegistration
{
    /// <summary>Hangfire on the app's own database, through the provider's storage package.</summary>
    public static IServiceCollection AddCareMatchScheduledTasks(
        this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        var settings = configuration.GetSection(HangfireSettings.Section).Get<HangfireSettings>() ?? new HangfireSettings();
        services.AddSingleton(settings);
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            UseStorage(hangfire, database, settings);
        });
        if (settings.ServerEnabled)
        {
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = settings.WorkerCount;
                server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
        }
        services.AddScoped<OutboxDrainTask>();
        services.AddScoped<ScheduledTaskRunner>();
        services.AddSingleton<IOutboxSignal, HangfireOutboxSignal>();
        return services;
    }

    private static void UseStorage(IGlobalConfiguration hangfire, DatabaseSettings database, HangfireSettings settings)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                // SQLite allows one writer at a time, so the job tables live in a sibling file
                // beside the app's database rather than inside it: job polling never blocks a page.
                var appDb = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
                var jobsDb = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(appDb)) ?? ".",
                    Path.GetFileNameWithoutExtension(appDb) + "-jobs.db");
                hangfire.UseSQLiteStorage(jobsDb, new SQLiteStorageOptions { QueuePollInterval = settings.QueuePollInterval });
                break;
            case DatabaseProvider.PostgreSql:
                hangfire.UsePostgreSqlStorage(
                    options => options.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = settings.QueuePollInterval });
                break;
            case DatabaseProvider.SqlServer:
                hangfire.UseSqlServerStorage(database.ConnectionString,
                    new SqlServerStorageOptions { SchemaName = "hangfire", QueuePollInterval = settings.QueuePollInterval });
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }
    }
}
