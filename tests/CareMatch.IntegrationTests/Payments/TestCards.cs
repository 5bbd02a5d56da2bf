using System.Net;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Payments;

internal static class TestCards
{
    /// <summary>"Add a card" (or "Replace your card"), then the simulated gateway's test page's one button.</summary>
    public static async Task SaveTestCardAsync(this HttpClient seeker)
    {
        var start = await seeker.SubmitAsync("/Seeker/Card", new Dictionary<string, string>(), handler: "Add");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var testPage = start.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/Seeker/Card/Test?setup=", testPage, StringComparison.Ordinal);
        var saved = await seeker.SubmitAsync(testPage, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
