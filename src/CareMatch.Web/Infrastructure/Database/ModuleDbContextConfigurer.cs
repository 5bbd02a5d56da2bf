using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareMatch.Web.Infrastructure.Database;

/// <summary>
/// Points every module context at the chosen provider, its own schema and migrations
/// history, and the provider's migrations assembly.
/// </summary>
public sealed class ModuleDbContextConfigurer(DatabaseSettings settings) : IModuleDbContextConfigurer
{
    public static string MigrationsAssemblyFor(DatabaseProvider provider) => $"CareMatch.Migrations.{provider}";

    public void Configure(DbContextOptionsBuilder options, string schema)
    {
        var migrations = MigrationsAssemblyFor(settings.Provider);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                // No schemas in SQLite: each module keeps its own history table instead.
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite
                    .MigrationsAssembly(migrations)
                    .MigrationsHistoryTable($"__EFMigrationsHistory_{schema}"));
                options.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(settings.ConnectionString, npgsql => npgsql
                    .MigrationsAssembly(migrations)
                    .MigrationsHistoryTable("__EFMigrationsHistory", schema));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(settings.ConnectionString, sqlServer => sqlServer
                    .MigrationsAssembly(migrations)
                    .MigrationsHistoryTable("__EFMigrationsHistory", schema));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {settings.Provider}.");
        }
    }
}
