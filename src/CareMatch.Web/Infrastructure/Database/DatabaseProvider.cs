namespace CareMatch.Web.Infrastructure.Database;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
