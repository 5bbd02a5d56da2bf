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

    /// <summary>The card saved as the seeker would: the test page, or with Stripe keys (the fake) Stripe's Checkout and the way back.</summary>
    public static async Task SaveCardAsync(this CareMatchAppFactory factory, HttpClient seeker)
    {
        if (factory is not IStripeConnectedFactory { Stripe: var stripe })
        {
            await seeker.SaveTestCardAsync();
            return;
        }
        var start = await seeker.SubmitAsync("/Seeker/Card", new Dictionary<string, string>(), handler: "Add");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var session = start.Headers.Location!.Segments[^1];
        stripe.Change(() => stripe.Cards.CompleteSetup(session));
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.GetAsync($"/Seeker/Card/Saved?session_id={session}")).StatusCode);
    }
}
