using System.Net;
using System.Text.RegularExpressions;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Providers;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>
/// A seeker's shortlist: the right carers, nearest first, each with its reasons; the reasons
/// and what would widen the search when nobody matches (never an error); only the seeker's own
/// requests; never an unverified carer.
/// </summary>
public abstract partial class ShortlistTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task An_open_request_shows_the_nearest_verified_carer_first_with_the_reasons()
    {
        var near = await factory.CarerWithSkillAsync("Nadia Near", "LS6 2AB", "PegFeeding");
        var far = await factory.CarerWithSkillAsync("Fran Further", "LS16 6AA", "PegFeeding");
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("PegFeeding"));

        var details = await seeker.GetStringAsync($"/Seeker/Requests/{requestId}");
        Assert.Contains(ShortlistSetup.ShortlistPage(requestId), details, StringComparison.Ordinal);
        var response = await seeker.GetAsync(ShortlistSetup.ShortlistPage(requestId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal([near.ProfileId, far.ProfileId], ShortlistedIds(html));
        Assert.Contains($"href=\"/Carers/{near.ProfileId}\"", html, StringComparison.Ordinal);
        Assert.Contains("Nadia Near", html, StringComparison.Ordinal);
        Assert.Contains("Based in LS6 2, 2.3 km away", html, StringComparison.Ordinal);
        Assert.Contains("£18.50 an hour", html, StringComparison.Ordinal);
        Assert.Contains("govuk-details", html, StringComparison.Ordinal);
        Assert.Contains("Why Nadia Near", html, StringComparison.Ordinal);
        Assert.Contains("Distance", html, StringComparison.Ordinal);
        Assert.Contains("No reviews yet", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"filter-summary\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_nobody_can_serve_shows_the_reasons_not_an_error()
    {
        await factory.CarerWithSkillAsync("Cath Leeds", "LS6 2AB", "CatheterCare");
        var (seeker, _) = await factory.NewSeekerAsync();
        var inInverness = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("CatheterCare", "IV2 3AA"));
        var nobodyWithTheSkill = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("Epilepsy"));

        var far = await seeker.GetAsync(ShortlistSetup.ShortlistPage(inInverness));
        var unskilled = await seeker.GetAsync(ShortlistSetup.ShortlistPage(nobodyWithTheSkill));

        Assert.Equal(HttpStatusCode.OK, far.StatusCode);
        var farHtml = WebUtility.HtmlDecode(await far.Content.ReadAsStringAsync());
        Assert.Contains("No carer matches this request yet", farHtml, StringComparison.Ordinal);
        Assert.Contains("No carers live within reach of this place yet", farHtml, StringComparison.Ordinal);
        Assert.Empty(ShortlistedIds(farHtml));

        Assert.Equal(HttpStatusCode.OK, unskilled.StatusCode);
        var unskilledHtml = WebUtility.HtmlDecode(await unskilled.Content.ReadAsStringAsync());
        Assert.Empty(ShortlistedIds(unskilledHtml));
        Assert.Contains("No carer matches this request yet", unskilledHtml, StringComparison.Ordinal);
        Assert.Contains("offer all the care needed", unskilledHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_seekers_request_is_not_found()
    {
        var (owner, _) = await factory.NewSeekerAsync();
        var requestId = await owner.PostRequestAsync(ShortlistSetup.RequestNeeding("FirstAid"));
        var (stranger, _) = await factory.NewSeekerAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(ShortlistSetup.ShortlistPage(requestId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(ShortlistSetup.ShortlistPage(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(ShortlistSetup.ShortlistPage(requestId))).StatusCode);
    }

    [Fact]
    public async Task An_unverified_carer_never_appears_and_a_verified_one_appears_once_verified()
    {
        var carer = await factory.CarerWithSkillAsync("Una Unverified", "LS6 2AB", "StomaCare", verified: false);
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("StomaCare"));

        var before = WebUtility.HtmlDecode(await seeker.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)));
        await factory.VerifyAllAsync(carer.ProfileId);
        await factory.DrainOutboxAsync();
        var after = WebUtility.HtmlDecode(await seeker.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)));

        Assert.Empty(ShortlistedIds(before));
        Assert.DoesNotContain("Una Unverified", before, StringComparison.Ordinal);
        Assert.Equal([carer.ProfileId], ShortlistedIds(after));
    }

    [Fact]
    public async Task A_draft_request_is_not_matched_and_says_why()
    {
        var (seeker, _) = await factory.NewSeekerAsync();
        var draft = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("Autism"), publish: false);

        var response = await seeker.GetAsync(ShortlistSetup.ShortlistPage(draft));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Carers are matched to open requests only", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static List<Guid> ShortlistedIds(string html) =>
        ShortlistedCarer().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex("data-testid=\"shortlisted-carer\" data-profile-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex ShortlistedCarer();
}

public sealed class ShortlistTestsOnSqlite(SqliteAppFactory factory) : ShortlistTests<SqliteAppFactory>(factory);

public sealed class ShortlistTestsOnPostgreSql(PostgresAppFactory factory) : ShortlistTests<PostgresAppFactory>(factory);
