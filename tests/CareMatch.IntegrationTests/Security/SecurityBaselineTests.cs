using System.Buffers.Binary;
using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Security;

/// <summary>The OWASP ASVS level 2 baseline, one test per item, against the real host.</summary>
public sealed class SecurityBaselineTests(ProductionHashingSqliteFactory factory) : IClassFixture<ProductionHashingSqliteFactory>
{
    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password_and_email_the_owner()
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var client = factory.CreateBrowserLikeClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Contains("Enter a correct email address and password", await SubmitSignIn(client, email, "not the password"));
        }
        var right = await SubmitSignIn(client, email, People.Password);

        // Refused in the same words as a wrong password, so the page never says the account exists.
        Assert.Contains("Enter a correct email address and password", right);
        Assert.Contains(factory.EmailsTo(email), mail => mail.Contains("locked it for 15 minutes", StringComparison.Ordinal));
        var lockoutEnd = await factory.InScopeAsync(services => services.GetRequiredService<AccountsDbContext>()
            .Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
    }

    [Fact]
    public async Task Failed_sign_ins_are_counted_per_account()
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);

        await SubmitSignIn(factory.CreateBrowserLikeClient(), email, "not the password");
        await SubmitSignIn(factory.CreateBrowserLikeClient(), email, "still not the password");

        var failures = await factory.InScopeAsync(services => services.GetRequiredService<AccountsDbContext>()
            .Users.Where(u => u.Id == userId).Select(u => u.AccessFailedCount).SingleAsync());
        Assert.Equal(2, failures);
    }

    [Theory]
    [InlineData("seven77", "Password must be at least 8 characters")]
    [InlineData("password", "This password is too common")]
    [InlineData("PASSWORD1", "This password is too common")]
    [InlineData("qwertyuiop", "This password is too common")]
    public async Task Short_and_common_passwords_are_refused_at_sign_up(string password, string message)
    {
        var html = await Register(password);

        Assert.Contains(message, html);
        Assert.Contains("id=\"Input_Password-error\"", html);
    }

    [Theory]
    [InlineData("eightchr")]
    [InlineData("all lower case words with no digits")]
    [InlineData("ÀÉÎõü 漢字 emoji 🙂 passphrase")]
    public async Task Any_password_of_eight_or_more_uncommon_characters_is_accepted_without_composition_rules(string password)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterResponse(password)).StatusCode);
    }

    [Fact]
    public async Task Passwords_up_to_128_characters_are_accepted()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterResponse(string.Concat(Enumerable.Repeat("long phrase ", 11))[..128])).StatusCode);
        Assert.Contains("Password must be 128 characters or fewer", await Register(new string('z', 129)));
    }

    [Fact]
    public async Task Passwords_are_hashed_with_PBKDF2_at_210000_iterations_or_more()
    {
        var (_, userId) = await factory.RegisterAsync(AccountRoles.Seeker);

        var hash = await factory.InScopeAsync(services => services.GetRequiredService<AccountsDbContext>()
            .Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync());

        // Identity V3 format: 0x01, then PRF, iteration count and salt length as big-endian uint32s.
        var bytes = Convert.FromBase64String(hash!);
        Assert.Equal(0x01, bytes[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1, 4))); // HMACSHA512
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4)) >= 210_000);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_a_host_only_secure_http_only_same_site_cookie()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var client = factory.CreateBrowserLikeClient();

        var response = await client.SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = People.Password,
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-CareMatch=", StringComparison.Ordinal));
        var attributes = cookie.ToLowerInvariant();
        Assert.Contains("; secure", attributes);
        Assert.Contains("; httponly", attributes);
        Assert.Contains("; samesite=lax", attributes);
        Assert.Contains("; path=/", attributes);
        Assert.DoesNotContain("domain=", attributes);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        // HSTS is never sent to localhost (browsers would pin it for every local app), so ask as the public site.
        var response = await factory.CreateBrowserLikeClient(host: "carematch.example").GetAsync("/");

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Signed_in_pages_are_never_stored_by_the_browser_but_public_ones_may_be()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var client = await factory.SignedInAsync(email);

        var signedIn = await client.GetAsync("/Seeker");
        var visitor = await factory.CreateBrowserLikeClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.True(signedIn.Headers.CacheControl?.NoStore);
        Assert.NotEqual(true, visitor.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("/Account/SignIn")]
    [InlineData("/Account/Register")]
    [InlineData("/Account/ForgotPassword")]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused(string path)
    {
        var response = await factory.CreateBrowserLikeClient().PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "someone@example.test",
            ["Input.Password"] = People.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_data_protection_keys_live_in_the_database_for_every_node_to_share()
    {
        await factory.CreateBrowserLikeClient().GetAsync("/Account/SignIn");

        var keys = await factory.InScopeAsync(services => services.GetRequiredService<AccountsDbContext>().DataProtectionKeys.CountAsync());
        Assert.True(keys > 0);
    }

    private async Task<string> SubmitSignIn(HttpClient client, string email, string password)
    {
        var response = await client.SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return response.StatusCode == HttpStatusCode.Redirect ? "signed in" : await response.Content.ReadAsStringAsync();
    }

    private Task<HttpResponseMessage> RegisterResponse(string password) =>
        factory.CreateBrowserLikeClient().SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Role"] = AccountRoles.Seeker,
            ["Input.Email"] = AppScope.UniqueEmail("password"),
            ["Input.Password"] = password,
        });

    private async Task<string> Register(string password) => await (await RegisterResponse(password)).Content.ReadAsStringAsync();
}
