using System.Net;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Security;

public sealed class StrictRateLimitAppFactory : SqliteAppFactory
{
    public const int Limit = 3;

    protected override int AccountFormPostsPerMinute => Limit;
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
