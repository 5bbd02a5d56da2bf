using System.Net;

namespace CareMatch.IntegrationTests.Providers;

public static class FieldErrors
{
    /// <summary>The form came back (200, not saved) with the message at the field and in the summary.</summary>
    public static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("There is a problem", html);
        var id = field.Replace('.', '_').Replace('[', '_').Replace(']', '_');
        Assert.Contains($"id=\"{id}-error\"", html);
        Assert.Contains(message, html);
    }
}
