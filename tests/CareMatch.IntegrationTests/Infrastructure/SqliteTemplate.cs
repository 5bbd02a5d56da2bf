using CareMatch.Web.Infrastructure.Database;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>The migrated SQLite file (see <see cref="MigratedTemplate"/>), in the temporary folder until this test process ends.</summary>
public static class SqliteTemplate
{
    private static readonly Lazy<string> File = new(Make);

    /// <summary>Writes a copy of the template to <paramref name="database"/>.</summary>
    public static void CopyTo(string database) => System.IO.File.Copy(File.Value, database);

    private static string Make()
    {
        var file = Path.Combine(Path.GetTempPath(), $"carematch-migrated-{Guid.NewGuid():N}.db");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.File.Delete(file);
        // Unpooled, so the file is closed and complete once the migrations are done.
        MigratedTemplate.Migrate(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
        return file;
    }
}
