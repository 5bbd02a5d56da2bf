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
