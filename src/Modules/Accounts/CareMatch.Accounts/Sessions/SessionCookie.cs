using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Accounts.Sessions;

/// <summary>
/// Ties Identity's cookie to a server-side session. Signing in opens a session and writes its
/// id into the cookie; every request checks the session is still open before the security
/// stamp is looked at; signing out ends it. A copied cookie therefore dies with the sign-out,
/// on every node, at once (OWASP ASVS 5.0, session termination).
/// </summary>
internal static class SessionCookie
{
    public const string SessionIdClaim = "carematch:session";

    public static string? SessionId(ClaimsPrincipal? principal) => principal?.FindFirstValue(SessionIdClaim);

    public static void Wrap(CookieAuthenticationOptions options)
    {
        var events = options.Events;
        var signingIn = events.OnSigningIn;
        var validatePrincipal = events.OnValidatePrincipal;
        var signingOut = events.OnSigningOut;

        events.OnSigningIn = async context =>
        {
            await OpenSessionAsync(context);
            await signingIn(context);
        };
        events.OnValidatePrincipal = async context =>
        {
            if (!await IsOpenAsync(context))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await validatePrincipal(context);
        };
        events.OnSigningOut = async context =>
        {
            if (SessionId(context.HttpContext.User) is { } sessionId)
            {
                await Store(context.HttpContext).EndAsync(sessionId, context.HttpContext.RequestAborted);
            }
            await signingOut(context);
        };
    }

    /// <summary>The security stamp check rebuilds the principal each minute; the session id must survive it.</summary>
    public static void KeepSessionOnRefresh(SecurityStampValidatorOptions options)
    {
        var refreshing = options.OnRefreshingPrincipal;
        options.OnRefreshingPrincipal = async context =>
        {
            if (SessionId(context.CurrentPrincipal) is { } sessionId && context.NewPrincipal?.Identity is ClaimsIdentity identity)
            {
                identity.AddClaim(new Claim(SessionIdClaim, sessionId));
            }
            if (refreshing is not null) await refreshing(context);
        };
    }

    /// <summary>
    /// Every sign-in gets a new session id, including a refresh after a password change; the
    /// session the browser had before is ended, so an old copy of its cookie is worthless.
    /// </summary>
    private static async Task OpenSessionAsync(CookieSigningInContext context)
    {
        var store = Store(context.HttpContext);
        var cancellationToken = context.HttpContext.RequestAborted;
        if (SessionId(context.HttpContext.User) is { } previous) await store.EndAsync(previous, cancellationToken);

        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || context.Principal?.Identity is not ClaimsIdentity identity) return;
        foreach (var stale in identity.FindAll(SessionIdClaim).ToList()) identity.RemoveClaim(stale);
        identity.AddClaim(new Claim(SessionIdClaim, await store.StartAsync(userId, cancellationToken)));
    }

    private static async Task<bool> IsOpenAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = SessionId(context.Principal);
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        return sessionId is not null && userId is not null
            && await Store(context.HttpContext).IsOpenAsync(sessionId, userId, context.HttpContext.RequestAborted);
    }

    private static SessionStore Store(Microsoft.AspNetCore.Http.HttpContext context) =>
        context.RequestServices.GetRequiredService<SessionStore>();
}
