using System.Text;
using System.Threading.RateLimiting;
using CareMatch.Web.Infrastructure.OpenData;
using Microsoft.AspNetCore.RateLimiting;

namespace CareMatch.Web.Infrastructure.Security;

/// <summary>
/// Limits how fast one address can post the sign-in, sign-up and password forms (including the
/// signed-in ones that ask for the password again), so passwords cannot be guessed or accounts
/// mass-created at speed. Reading the forms is never limited. Open data has its own limit
/// (<see cref="OpenDataRateLimiting"/>), chained to this one.
/// </summary>
public static class AccountFormRateLimiting
{
    private static readonly string[] LimitedForms =
        [
            "/Account/SignIn", "/Account/Register", "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/AcceptInvitation",
            "/Account/ChangePassword", "/Account/DeleteAccount",
        ];

    public static IServiceCollection AddAccountFormRateLimiting(this IServiceCollection services, SecuritySettings settings) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(AccountForms(settings), OpenDataRateLimiting.Limiter(settings.OpenDataRequestsPerMinute));
            // No body of its own for pages: the status page middleware then shows the site's "Too many attempts" page. A program gets JSON.
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                if (OpenDataRateLimiting.IsOpenData(rejected.HttpContext))
                {
                    rejected.HttpContext.Response.ContentType = "application/json; charset=utf-8";
                    await rejected.HttpContext.Response.WriteAsync("{\"error\":\"Too many requests from this address. Try again in a minute.\"}", Encoding.UTF8, cancellationToken);
                }
            };
        });

    private static PartitionedRateLimiter<HttpContext> AccountForms(SecuritySettings settings) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var form = LimitedForm(context);
            if (form is null) return RateLimitPartition.GetNoLimiter(string.Empty);
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter($"{client} {form}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.AccountFormPostsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });

    private static string? LimitedForm(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
            ? LimitedForms.FirstOrDefault(form => context.Request.Path.Equals(form, StringComparison.OrdinalIgnoreCase))
            : null;
}
