using System.Reflection;
using CareMatch.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// Builds the EF model of DbContexts without a database: each context is created directly with
/// options from the host's own configurer (SQLite, the provider with no schemas, where the table
/// rules bite). Reading <c>Model</c> never opens the connection.
/// </summary>
internal static class ModuleDbContexts
{
    private static readonly ModuleDbContextConfigurer Configurer = new(new DatabaseSettings
    {
        Provider = DatabaseProvider.Sqlite,
        ConnectionString = "Data Source=:memory:",
    });

    /// <summary>Every concrete DbContext defined in the assemblies.</summary>
    public static IEnumerable<Type> TypesIn(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(DbContext).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    public static DbContext Create(Type contextType)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(
            typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        Configurer.Configure(builder, contextType.Name);
        return (DbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }
}
