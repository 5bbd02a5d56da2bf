using System.Reflection;
using CareMatch.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.IntegrationTests.Migrations;

/// <summary>Builds every module's DbContext for a provider without a server, as the migrations tools see them.</summary>
public static class ModuleContexts
{
    private static readonly string[] Modules = ["Accounts", "Needs", "Providers", "Matching", "Bookings", "Payments", "Commissioning", "Trust", "Notifications"];

    public static IReadOnlyList<Type> All { get; } = Modules
        .Select(module => Assembly.Load($"CareMatch.{module}"))
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => typeof(DbContext).IsAssignableFrom(type) && !type.IsAbstract)
        .ToList();

    public static DbContext Create(Type contextType, DatabaseProvider provider, string connectionString)
    {
        var configurer = new ModuleDbContextConfigurer(new DatabaseSettings { Provider = provider, ConnectionString = connectionString });
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        var schema = (string)contextType.GetField("Schema")!.GetValue(null)!;
        configurer.Configure(options, schema);
        return (DbContext)Activator.CreateInstance(contextType, options.Options)!;
    }
}
