using System.Net;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Security;

public sealed class StrictRateLimitAppFactory : SqliteAppFactory
{
    public const int Limit = 3;

    protected override int AccountFormPostsPerMinute => Limit;

    protected override int OpenDataRequestsPerMinute => Limit;
}

/// <summary>Posting the account forms faster than a person could gets 429; reading them never does.</summary>
public sealed class RateLimitTests(StrictRateLimitAppFactory factory) : IClassFixture<StrictRateLimitAppFactory>
{
    [Theory]
    [InlineData("/Account/SignIn")]
    [InlineData("/Account/Register")]
    [InlineData("/Account/ForgotPassword")]
    [InlineData("/Account/ResetPassword")]
    public async Task Too_many_posts_of_an_account_form_get_429(string path)
    {
        var client = factory.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var post = 0; post <= StrictRateLimitAppFactory.Limit; post++)
        {
            statuses.Add((await client.SubmitAsync(path, new Dictionary<string, string> { ["Input.Email"] = "x@example.test" })).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(StrictRateLimitAppFactory.Limit));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

}

/// <summary>A class of its own, so its sign-ins are not throttled by the sign-in posts above.</summary>
public sealed class PasswordFormRateLimitTests(StrictRateLimitAppFactory factory) : IClassFixture<StrictRateLimitAppFactory>
{
    [Theory]
    [InlineData("/Account/ChangePassword", "Input.CurrentPassword")]
    [InlineData("/Account/DeleteAccount", "Input.Password")]
    public async Task Too_many_posts_of_a_signed_in_password_form_get_429(string path, string field)
    {
        var (email, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Carer);
        var client = await factory.SignedInAsync(email);
        var statuses = new List<HttpStatusCode>();
        for (var post = 0; post <= StrictRateLimitAppFactory.Limit; post++)
        {
            statuses.Add((await client.SubmitAsync(path, new Dictionary<string, string> { [field] = "not my password" })).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(StrictRateLimitAppFactory.Limit));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}

/// <summary>A class of its own, so its one sign-in is not throttled by the sign-in posts above.</summary>
public sealed class OpenDataRateLimitTests(StrictRateLimitAppFactory factory) : IClassFixture<StrictRateLimitAppFactory>
{
    [Fact]
    public async Task Anonymous_open_data_callers_get_429_with_a_json_answer_past_the_limit_and_signed_in_people_are_not_limited()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var call = 0; call <= StrictRateLimitAppFactory.Limit; call++)
        {
            last = await anonymous.GetAsync("/api/open/v1/status");
            statuses.Add(last.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(StrictRateLimitAppFactory.Limit));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal("60", last!.Headers.RetryAfter?.ToString());
        Assert.Contains("Too many requests", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/json", last.Content.Headers.ContentType?.MediaType);

        var (email, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var signedIn = await factory.SignedInAsync(email);
        for (var call = 0; call <= StrictRateLimitAppFactory.Limit; call++)
        {
            Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/open/v1/status")).StatusCode);
        }
    }
}
