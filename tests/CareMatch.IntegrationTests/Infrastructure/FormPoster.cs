using System.Net;
using System.Text.RegularExpressions;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>Submits a page's form as a browser would: fetch the page, keep its antiforgery token, post the fields.</summary>
public static partial class FormPoster
{
    public static Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string path, IDictionary<string, string> fields, string? handler = null)
    {
        var target = handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return client.PostWithTokenFromAsync(path, target, fields);
    }

    /// <summary>Posts to <paramref name="target"/> with the antiforgery token of the form on <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenFromAsync(
        this HttpClient client, string formPage, string target, IDictionary<string, string> fields)
    {
        var page = await client.GetAsync(formPage);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token in its form");

        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password)
    {
        var response = await client.SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
