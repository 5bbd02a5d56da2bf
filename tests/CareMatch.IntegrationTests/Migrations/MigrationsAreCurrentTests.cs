using CareMatch.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CareMatch.IntegrationTests.Migrations;

/// <summary>
/// SQL Server cannot run here, so its path is proven by generating its idempotent script for
/// every context; and no provider may have a model change that nobody wrote a migration for.
/// </summary>
public sealed class MigrationsAreCurrentTests
{
    private const string SqlServer = "Server=unreachable.invalid;Database=CareMatch;TrustServerCertificate=true";
    private const string PostgreSql = "Host=unreachable.invalid;Database=carematch";
    private const string Sqlite = "Data Source=:memory:";

    public static TheoryData<string> Contexts => new(ModuleContexts.All.Select(t => t.Name));

    [Fact]
    public void Every_module_has_a_context() => Assert.Equal(9, ModuleContexts.All.Count);

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_idempotent_SQL_Server_script_generates_for_every_context(string contextName)
    {
        using var context = Create(contextName, DatabaseProvider.SqlServer, SqlServer);

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var schema = context.Model.GetDefaultSchema();
        Assert.Contains("IF NOT EXISTS", script);
        Assert.Contains($"CREATE TABLE [{schema}].", script);
        Assert.Contains($"[{schema}].[__EFMigrationsHistory]", script);
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void No_provider_has_model_changes_without_a_migration(string contextName)
    {
        foreach (var (provider, connection) in new[]
                 {
                     (DatabaseProvider.Sqlite, Sqlite), (DatabaseProvider.PostgreSql, PostgreSql), (DatabaseProvider.SqlServer, SqlServer),
                 })
        {
            using var context = Create(contextName, provider, connection);
            Assert.True(context.Database.GetMigrations().Any(), $"{contextName} has no {provider} migrations");
            Assert.False(context.Database.HasPendingModelChanges(),
                $"{contextName} has {provider} model changes without a migration: run infra/add-migration.sh");
        }
    }

    private static DbContext Create(string contextName, DatabaseProvider provider, string connection) =>
        ModuleContexts.Create(ModuleContexts.All.Single(t => t.Name == contextName), provider, connection);
}
