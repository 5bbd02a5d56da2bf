using CareMatch.Web.Infrastructure.Database;
using Npgsql;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>
/// The migrated PostgreSQL database (see <see cref="MigratedTemplate"/>), dropped when this test
/// process ends. Nothing stays connected to it, as PostgreSQL requires of a template.
/// </summary>
public static class PostgresTemplate
{
    private static readonly Lazy<string> Database = new(Make);

    /// <summary>The template's name, made the first time it is asked for.</summary>
    public static string Name => Database.Value;

    private static string Make()
    {
        var name = $"carematch_template_{Guid.NewGuid():N}";
        PostgresAppFactory.RunOnServer($"CREATE DATABASE {name}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name);
        var connection = new NpgsqlConnectionStringBuilder(PostgresAppFactory.ServerConnectionString) { Database = name, Pooling = false };
        MigratedTemplate.Migrate(DatabaseProvider.PostgreSql, connection.ConnectionString);
        return name;
    }

    private static void Drop(string name)
    {
        try
        {
            PostgresAppFactory.RunOnServer($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            // A template left behind on the throwaway test server harms nothing.
            Console.Error.WriteLine($"Test template database {name} was left behind: {exception.Message}");
        }
    }
}
