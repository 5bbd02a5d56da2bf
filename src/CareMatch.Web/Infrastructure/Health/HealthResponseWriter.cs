using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareMatch.Web.Infrastructure.Health;

/// <summary>
/// Writes the health report as JSON. Anyone may learn the overall status; only admins and a probe
/// on this machine see each module's databases, migrations and job counts, which would otherwise
/// map the system for a stranger.
/// </summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        object body = !MaySeeDetail(context) ? new { status = report.Status.ToString() } : new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
    }

    /// <summary>
    /// An admin, or a probe on this machine that came straight here: a loopback connection with no
    /// forwarding header, so a request relayed by a reverse proxy on the same host does not count.
    /// </summary>
    private static bool MaySeeDetail(HttpContext context) =>
        context.User.IsInRole(CareMatch.Accounts.Contracts.AccountRoles.Admin)
        || (context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address)
            && !context.Request.Headers.ContainsKey("X-Forwarded-For") && !context.Request.Headers.ContainsKey("Forwarded"));
}
