using Npgsql;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>
/// A real PostgreSQL server: a new database per factory, dropped afterwards. The test command
/// (infra/test.sh) installs and starts the server; without one these tests fail, never skip.
/// </summary>
public sealed class PostgresAppFactory : CareMatchAppFactory
{
    public const string ServerVariable = "CAREMATCH_TEST_POSTGRES";

    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=carematch;Password=carematch";

    private readonly string _database = $"carematch_test_{Guid.NewGuid():N}";

    public PostgresAppFactory()
    {
        using var connection = OpenServer();
        using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
        create.ExecuteNonQuery();
    }

    protected override string Provider => "PostgreSql";

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString;

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured ? configured : DefaultServer;

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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = OpenServer();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
