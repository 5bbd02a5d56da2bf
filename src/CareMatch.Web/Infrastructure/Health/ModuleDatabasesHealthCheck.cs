using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareMatch.Web.Infrastructure.Health;

/// <summary>Healthy when every module's context can reach the database and has no migration left to apply.</summary>
public sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var data = new Dictionary<string, object>();
        var problems = new List<string>();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            try
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                data[module.Schema] = pending == 0 ? "up to date" : $"{pending} migration(s) pending";
                if (pending > 0) problems.Add(module.Schema);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                data[module.Schema] = "unreachable";
                problems.Add(module.Schema);
            }
        }
        return problems.Count == 0
            ? HealthCheckResult.Healthy("Every module database is reachable and migrated.", data)
            : HealthCheckResult.Unhealthy($"Not ready: {string.Join(", ", problems)}.", data: data);
    }
}
