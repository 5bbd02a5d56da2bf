using Microsoft.AspNetCore.Hosting;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>The embedded default: a SQLite file of its own in a temporary folder.</summary>
public class SqliteAppFactory : CareMatchAppFactory
{
    private readonly string _folder = Directory.CreateTempSubdirectory("carematch-tests-").FullName;

    protected override string Provider => "Sqlite";

    private string DatabaseFile => Path.Combine(_folder, "carematch.db");

    protected override string ConnectionString => $"Data Source={DatabaseFile}";

    /// <summary>On a copy of the migrated template (see <see cref="MigratedTemplate"/>), or else on an empty database.</summary>
    protected virtual bool StartsMigrated => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (StartsMigrated && !File.Exists(DatabaseFile)) SqliteTemplate.CopyTo(DatabaseFile);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean from /tmp.
        }
    }
}

/// <summary>SQLite with a running Hangfire server, for tests that prove jobs run by themselves.</summary>
public sealed class SqliteAppWithJobServerFactory : SqliteAppFactory
{
    protected override bool JobServerEnabled => true;
}
