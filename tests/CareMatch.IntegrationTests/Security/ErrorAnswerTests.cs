using System.Net;
using System.Text.Json;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Security;

/// <summary>Refusals are the site's own short pages, with the same security headers as every other page.</summary>
public sealed class ErrorAnswerTests(StrictRateLimitAppFactory factory) : IClassFixture<StrictRateLimitAppFactory>
{
    [Fact]
    public async Task A_form_posted_without_its_token_gets_the_sites_400_page_with_its_headers()
    {
        var response = await factory.CreateBrowserLikeClient().PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "someone@example.test",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertSitePageAsync(response, "Sorry, we could not read what was sent");
    }

    [Fact]
    public async Task A_nul_byte_in_a_field_never_gets_a_bare_answer()
    {
        var response = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string>
        {
            ["Input.Email"] = "some\0one@example.test",
        });

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        AssertHeaders(response);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Too_many_posts_get_the_sites_429_page_with_its_headers()
    {
        var client = factory.CreateBrowserLikeClient();
        HttpResponseMessage response = new();
        for (var post = 0; post <= StrictRateLimitAppFactory.Limit; post++)
        {
            response = await client.SubmitAsync("/Account/Register", new Dictionary<string, string> { ["Input.Email"] = "x@example.test" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
        await AssertSitePageAsync(response, "Too many attempts");
    }

    [Fact]
    public async Task Health_tells_a_stranger_only_the_status_and_an_admin_every_check()
    {
        var stranger = JsonDocument.Parse(await factory.CreateBrowserLikeClient().GetStringAsync("/health")).RootElement;
        var admin = JsonDocument.Parse(await (await factory.AdminAsync()).GetStringAsync("/health")).RootElement;

        Assert.Equal("Healthy", stranger.GetProperty("status").GetString());
        Assert.Single(stranger.EnumerateObject());
        Assert.Equal("Healthy", admin.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.True(admin.GetProperty("checks").TryGetProperty("jobs", out _));
    }

    private static async Task AssertSitePageAsync(HttpResponseMessage response, string heading)
    {
        AssertHeaders(response);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(heading, html);
        Assert.Contains("govuk-template", html);
    }

    private static void AssertHeaders(HttpResponseMessage response)
    {
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
