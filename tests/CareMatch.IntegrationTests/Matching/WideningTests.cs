using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Security;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>
/// After 48 hours unmatched, a seeker whose request carers just beyond their usual distance
/// could serve is offered a wider search; accepting it shows those carers (marked as such)
/// and tells the best of them. Runs on a clock the test moves.
/// </summary>
public sealed class WideningTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task An_unmatched_request_is_offered_carers_up_to_5_km_further_after_48_hours()
    {
        // Both travel 15 km: Boston Spa is 17.3 km from the request, Ilkley 22.1 km.
        var wetherby = await factory.CarerWithSkillAsync("Wendy Wider", "LS23 6AA", "DiabetesSupport");
        await factory.CarerWithSkillAsync("Ilka Too-Far", "LS29 8AA", "DiabetesSupport");
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(email);
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("DiabetesSupport"));
        await factory.DrainOutboxAsync();

        var before = WebUtility.HtmlDecode(await seeker.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)));
        Assert.Contains("No carer matches this request yet", before, StringComparison.Ordinal);
        Assert.Contains("1 more carer would be in reach if they travelled up to 5 km further", before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"widening-offer\"", before, StringComparison.Ordinal);

        // An hour in, nothing is offered yet.
        factory.Time.Advance(TimeSpan.FromHours(1));
        await factory.RunRematchAsync();
        Assert.DoesNotContain("data-testid=\"widening-offers\"", await seeker.GetStringAsync("/Seeker"), StringComparison.Ordinal);

        factory.Time.Advance(TimeSpan.FromHours(48));
        await factory.RunRematchAsync();
        seeker = await factory.SignedInAsync(email);
        var home = WebUtility.HtmlDecode(await seeker.GetStringAsync("/Seeker"));
        Assert.Contains("No carer has taken your request yet", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Seeker/Requests/{requestId}/Carers\"", home, StringComparison.Ordinal);
        var offered = WebUtility.HtmlDecode(await seeker.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)));
        Assert.Contains("data-testid=\"widening-offer\"", offered, StringComparison.Ordinal);
        Assert.Contains("Ask carers up to 5 km further away", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("Wendy Wider", offered, StringComparison.Ordinal);

        var widened = await seeker.SubmitAsync(ShortlistSetup.ShortlistPage(requestId), new Dictionary<string, string>(), handler: "Widen");
        Assert.Equal(HttpStatusCode.Redirect, widened.StatusCode);

        var after = WebUtility.HtmlDecode(await seeker.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)));
        Assert.Contains("Wendy Wider", after, StringComparison.Ordinal);
        Assert.Contains("A little beyond their usual distance", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Ilka Too-Far", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"widened\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"widening-offers\"", await seeker.GetStringAsync("/Seeker"), StringComparison.Ordinal);

        var carer = await factory.SignedInAsync(wetherby.Email);
        Assert.Contains($"data-request-id=\"{requestId}\"", await carer.GetStringAsync("/Carer/Alerts"), StringComparison.Ordinal);
        Assert.Contains($"data-request-id=\"{requestId}\"", await carer.GetStringAsync("/Carer/Jobs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_can_widen_another_seekers_request()
    {
        var (owner, _) = await factory.NewSeekerAsync();
        var requestId = await owner.PostRequestAsync(ShortlistSetup.RequestNeeding("LearningDisability"));
        var (stranger, _) = await factory.NewSeekerAsync();

        // The stranger cannot even open the page, so the token comes from a form of their own.
        var response = await stranger.PostWithTokenFromAsync("/Seeker/Requests/New", ShortlistSetup.ShortlistPage(requestId) + "?handler=Widen", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
