using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Security;

/// <summary>
/// Signing out ends that session on the server, so a copy of its cookie (a shared computer,
/// a stolen cookie) is refused from then on, at once.
/// </summary>
public abstract class SignOutTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task A_copy_of_the_cookie_is_refused_as_soon_as_its_session_signs_out()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var browser = factory.CreateBrowserLikeClient();
        var cookie = await SessionCookies.SignInAndCopyCookieAsync(browser, email);
        var copy = SessionCookies.ClientWithCookie(factory, cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/Seeker")).StatusCode);

        var signedOut = await browser.SubmitAsync("/Account/SignOut", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        await SessionCookies.AssertSentToSignInAsync(copy, "/Seeker");
        await SessionCookies.AssertSentToSignInAsync(browser, "/Seeker");
    }

    [Fact]
    public async Task Signing_out_one_browser_keeps_the_persons_other_browsers_signed_in()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Carer);
        var phone = await factory.SignedInAsync(email);
        var laptop = await factory.SignedInAsync(email);

        await phone.SubmitAsync("/Account/SignOut", new Dictionary<string, string>());

        await SessionCookies.AssertSentToSignInAsync(phone, "/Carer");
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/Carer")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_else_refuses_the_other_sessions_at_once()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var lostPhone = await factory.SignedInAsync(email);
        var laptop = factory.CreateBrowserLikeClient();
        var oldLaptopCookie = await SessionCookies.SignInAndCopyCookieAsync(laptop, email);

        var done = await laptop.SubmitAsync("/Account/Manage", new Dictionary<string, string>(), handler: "SignOutEverywhereElse");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        await SessionCookies.AssertSentToSignInAsync(lostPhone, "/Seeker");
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/Seeker")).StatusCode);
        // The laptop's cookie was re-issued with a new session; a copy of the old one is dead too.
        await SessionCookies.AssertSentToSignInAsync(SessionCookies.ClientWithCookie(factory, oldLaptopCookie), "/Seeker");
    }

    [Fact]
    public async Task Suspending_a_person_ends_their_open_sessions_at_once()
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await seeker.GetAsync("/Seeker")).StatusCode);

        var admin = await factory.AdminAsync();
        await admin.SubmitAsync("/Admin/Users", new Dictionary<string, string> { ["userId"] = userId }, handler: "Suspend");

        await SessionCookies.AssertSentToSignInAsync(seeker, "/Seeker");
    }
}

public sealed class SignOutOnSqlite(SqliteAppFactory factory) : SignOutTests<SqliteAppFactory>(factory);

public sealed class SignOutOnPostgreSql(PostgresAppFactory factory) : SignOutTests<PostgresAppFactory>(factory);

/// <summary>Two nodes over one PostgreSQL database: a session is one thing for the whole site.</summary>
public sealed class SignOutAcrossNodesTests(PostgresAppFactory firstNode) : IClassFixture<PostgresAppFactory>
{
    [Fact]
    public async Task A_cookie_from_one_node_works_on_the_other_until_it_signs_out_then_neither_accepts_it()
    {
        var (email, _) = await firstNode.RegisterAsync(AccountRoles.Seeker);
        await using var secondNode = new SecondNodeFactory(firstNode.Services.GetConnectionString(), "PostgreSql");
        var onFirst = firstNode.CreateBrowserLikeClient();
        var cookie = await SessionCookies.SignInAndCopyCookieAsync(onFirst, email);
        var onSecond = SessionCookies.ClientWithCookie(secondNode, cookie);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/Seeker")).StatusCode);

        await onFirst.SubmitAsync("/Account/SignOut", new Dictionary<string, string>());

        await SessionCookies.AssertSentToSignInAsync(onSecond, "/Seeker");
        await SessionCookies.AssertSentToSignInAsync(SessionCookies.ClientWithCookie(firstNode, cookie), "/Seeker");
    }
}

internal static class SessionCookies
{
    /// <summary>Signs in on <paramref name="client"/> and returns the auth cookie as a browser would send it.</summary>
    public static async Task<string> SignInAndCopyCookieAsync(HttpClient client, string email)
    {
        var signIn = await client.SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = People.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return signIn.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("__Host-CareMatch=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>Another browser that carries only the copied cookie and never stores a new one.</summary>
    public static HttpClient ClientWithCookie(CareMatchAppFactory factory, string cookie)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("https://localhost"),
        });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    public static async Task AssertSentToSignInAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
    }
}
