using Microsoft.AspNetCore.Identity;

namespace CareMatch.Web.Infrastructure.Security;

public static class AuthenticationSetup
{
    public const string AuthCookieName = "__Host-CareMatch";
    public const string AntiforgeryCookieName = "CareMatch.Antiforgery";

    /// <summary>
    /// Identity's cookie, hardened: a __Host- name (Secure, Path=/, no Domain), HttpOnly,
    /// SameSite=Lax, and the security stamp checked every minute so a sign-out everywhere, a
    /// password change or a suspension ends every session within a minute.
    /// </summary>
    public static IServiceCollection AddCareMatchAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = AuthCookieName;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.Path = "/";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/Account/SignIn";
            cookie.LogoutPath = "/Account/SignOut";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            // A signed-in person without the role gets a plain 403 (shown by the status page), not a redirect.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAntiforgery(antiforgery =>
        {
            // Secure whenever the request is HTTPS. Not "Always": antiforgery refuses to issue a
            // token over plain HTTP, which would break the embedded run on http://127.0.0.1.
            antiforgery.Cookie.Name = AntiforgeryCookieName;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.Path = "/";
        });
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        services.AddAuthorization();
        return services;
    }
}
