using CareMatch.IntegrationTests.Migrations;
using CareMatch.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>
/// Applying some 70 migrations at the start of each of the suite's many app hosts was a large
/// part of their start. So each provider's migrations are applied once per test process, to a
/// template database that nothing else writes to, and a host starts on a copy of it: it finds
/// nothing pending and runs the rest of its start-up as usual. <see cref="StartOnEmptyDatabaseTests"/>
/// keeps proving that a host migrates an empty database itself.
/// </summary>
public static class MigratedTemplate
{
    /// <summary>Applies every module's migrations to the empty database at <paramref name="connectionString"/>, as start-up does.</summary>
    public static void Migrate(DatabaseProvider provider, string connectionString)
    {
        foreach (var contextType in ModuleContexts.All)
        {
            using var context = ModuleContexts.Create(contextType, provider, connectionString);
            context.Database.Migrate();
        }
    }
}
