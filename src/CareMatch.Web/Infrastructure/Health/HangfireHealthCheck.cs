using CareMatch.Web.Infrastructure.Scheduling;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareMatch.Web.Infrastructure.Health;

/// <summary>Healthy when the job storage answers and, where this node runs a server, a server is alive.</summary>
public sealed class HangfireHealthCheck(JobStorage storage, HangfireSettings settings) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var servers = monitoring.Servers().Count;
            var statistics = monitoring.GetStatistics();
            var data = new Dictionary<string, object>
            {
                ["servers"] = servers,
                ["enqueued"] = statistics.Enqueued,
                ["failed"] = statistics.Failed,
                ["recurring"] = statistics.Recurring,
            };
            return Task.FromResult(settings.ServerEnabled && servers == 0
                ? HealthCheckResult.Degraded("Job storage answers but no job server is running yet.", data: data)
                : HealthCheckResult.Healthy("Job storage answers.", data));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Job storage is unreachable.", exception));
        }
    }
}
