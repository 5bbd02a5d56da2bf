using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Migrations;

/// <summary>
/// A host started on an empty database applies every module's migrations itself, then does the
/// rest of its start-up (the first admin can sign in). The other tests start on a migrated copy.
/// </summary>
public abstract class StartOnEmptyDatabaseTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task Every_module_has_all_its_migrations_applied_and_the_first_admin_can_sign_in()
    {
        var modules = await factory.InScopeAsync(async services =>
        {
            var applied = new List<(string Schema, int All, int Applied, int Pending)>();
            foreach (var module in services.GetServices<ModuleDatabase>())
            {
                var database = ((DbContext)services.GetRequiredService(module.ContextType)).Database;
                applied.Add((module.Schema, database.GetMigrations().Count(),
                    (await database.GetAppliedMigrationsAsync()).Count(), (await database.GetPendingMigrationsAsync()).Count()));
            }
            return applied;
        });

        Assert.Equal(ModuleContexts.All.Count, modules.Count);
        Assert.All(modules, module =>
        {
            Assert.True(module.All > 0, $"{module.Schema} has no migrations");
            Assert.Equal((module.Schema, module.All, module.All, 0), module);
        });
        using var admin = await factory.AdminAsync();
    }
}

public sealed class EmptySqliteAppFactory : SqliteAppFactory
{
    protected override bool StartsMigrated => false;
}

public sealed class EmptyPostgresAppFactory : PostgresAppFactory
{
    protected override bool StartsMigrated => false;
}

public sealed class StartOnEmptySqliteTests(EmptySqliteAppFactory factory) : StartOnEmptyDatabaseTests<EmptySqliteAppFactory>(factory);

public sealed class StartOnEmptyPostgreSqlTests(EmptyPostgresAppFactory factory) : StartOnEmptyDatabaseTests<EmptyPostgresAppFactory>(factory);
