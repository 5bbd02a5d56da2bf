using CareMatch.SharedKernel.Hosting;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Web.Infrastructure.Database;

/// <summary>At start: apply every module context's migrations (the schema only ever comes from migrations), then run module initialisers.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        if (settings.Provider == DatabaseProvider.Sqlite) await UseWriteAheadLogAsync(scope.ServiceProvider, cancellationToken);
        if (settings.MigrateOnStart)
        {
            foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
            {
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count == 0) continue;
                logger.LogInformation("Applying {Count} migration(s) to {Module}", pending.Count, module.Schema);
                await context.Database.MigrateAsync(cancellationToken);
            }
        }
        foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>())
        {
            await initializer.InitializeAsync(cancellationToken);
        }
    }

    /// <summary>
    /// SQLite's write-ahead log lets pages read while a job writes. It is a property of the
    /// file, so setting it once at start covers every module's context.
    /// </summary>
    private static async Task UseWriteAheadLogAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var first = services.GetServices<ModuleDatabase>().First();
        var context = (DbContext)services.GetRequiredService(first.ContextType);
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
