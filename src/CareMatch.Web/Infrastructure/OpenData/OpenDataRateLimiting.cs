using System.Threading.RateLimiting;

namespace CareMatch.Web.Infrastructure.OpenData;

/// <summary>
/// Anonymous callers may make so many open-data requests a minute from one address; signed-in
/// people are not limited. Open data is cached and cheap, so this only stops one caller crowding out the rest.
/// </summary>
public static class OpenDataRateLimiting
{
    public static PartitionedRateLimiter<HttpContext> Limiter(int requestsPerMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!IsOpenData(context) || context.User.Identity?.IsAuthenticated == true) return RateLimitPartition.GetNoLimiter(string.Empty);
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter($"open-data {client}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = requestsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });

    public static bool IsOpenData(HttpContext context) => context.Request.Path.StartsWithSegments(OpenDataEndpoints.Root, StringComparison.OrdinalIgnoreCase);
}
