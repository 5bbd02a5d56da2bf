namespace CareMatch.Web.Infrastructure.Database;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means the embedded default: a SQLite file under App_Data.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Apply every module's migrations when the app starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var settings = configuration.GetSection(Section).Get<DatabaseSettings>() ?? new DatabaseSettings();
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            if (settings.Provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException($"Database:ConnectionString is required for {settings.Provider}.");
            var folder = Path.Combine(contentRoot, "App_Data");
            Directory.CreateDirectory(folder);
            settings.ConnectionString = $"Data Source={Path.Combine(folder, "carematch.db")}";
        }
        return settings;
    }
}
