using CareMatch.Payments.Contracts;

namespace CareMatch.Web.Infrastructure.Security;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (no inline script or style, no
/// framing), nosniff, a referrer policy, and no-store for anyone signed in so a shared
/// computer's back button or cache never shows one person's pages to the next.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";

    /// <summary>Hangfire's dashboard uses inline script and style; it is admin-only and still may not be framed.</summary>
    public const string JobsDashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, PathString jobsDashboard)
    {
        var toPaymentPages = PolicyWithFormsTo(app.ApplicationServices.GetRequiredService<PaymentPageOrigins>());
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(jobsDashboard) ? JobsDashboardPolicy
                    : context.Items.ContainsKey(FormsGoToPaymentPagesAttribute.ItemKey) ? toPaymentPages
                    : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>The strict policy, with a form's redirect also allowed to the payment company's pages.</summary>
    public static string PolicyWithFormsTo(PaymentPageOrigins paymentPages) => paymentPages.Origins.Count == 0
        ? ContentSecurityPolicy
        : ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {string.Join(' ', paymentPages.Origins)}", StringComparison.Ordinal);
}
