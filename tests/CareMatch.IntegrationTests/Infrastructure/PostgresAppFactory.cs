using Npgsql;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>
/// A real PostgreSQL server: a new database per factory, dropped afterwards. The test command
/// (infra/test.sh) installs and starts the server; without one these tests fail, never skip.
/// </summary>
public class PostgresAppFactory : CareMatchAppFactory
{
    public const string ServerVariable = "CAREMATCH_TEST_POSTGRES";

    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=carematch;Password=carematch";

    private readonly string _database = $"carematch_test_{Guid.NewGuid():N}";

    public PostgresAppFactory()
    {
        RunOnServer(StartsMigrated ? $"CREATE DATABASE {_database} TEMPLATE {PostgresTemplate.Name}" : $"CREATE DATABASE {_database}");
    }

    /// <summary>On a copy of the migrated template (see <see cref="MigratedTemplate"/>), or else on an empty database.</summary>
    protected virtual bool StartsMigrated => true;

    protected override string Provider => "PostgreSql";

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured ? configured : DefaultServer;

    /// <summary>Runs one statement on the server, connected to its maintenance database.</summary>
    public static void RunOnServer(string sql)
    {
        using var connection = OpenServer();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static NpgsqlConnection OpenServer()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres" }.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (Exception exception) when (exception is NpgsqlException or System.Net.Sockets.SocketException)
        {
            connection.Dispose();
            throw new InvalidOperationException(
                $"PostgreSQL tests need a server ({ServerVariable} or {DefaultServer}). Run infra/test.sh, which starts one.", exception);
        }
        return connection;
    }

    /// <summary>The server's refusal, whether it came from connecting (wrapped by <see cref="OpenServer"/>) or from the command.</summary>
    private static PostgresException? Refusal(Exception exception) => exception as PostgresException ?? exception.InnerException as PostgresException;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        NpgsqlConnection.ClearAllPools();

        // The app's last connections can still be closing as the host stops, and once in a
        // while PostgreSQL refuses the drop for it: try again briefly. A database left behind
        // on the throwaway test server harms nothing, so the last refusal is only reported.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = OpenServer();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
                return;
            }
            catch (Exception exception) when (Refusal(exception) is { } refused && attempt < 5)
            {
                Console.Error.WriteLine($"Dropping test database {_database} was refused ({refused.SqlState}: {refused.MessageText}); trying again");
                Thread.Sleep(200 * attempt);
            }
            catch (Exception exception) when (Refusal(exception) is { } refused)
            {
                Console.Error.WriteLine($"Test database {_database} was left behind: {refused.SqlState}: {refused.MessageText}");
                return;
            }
        }
    }
}
