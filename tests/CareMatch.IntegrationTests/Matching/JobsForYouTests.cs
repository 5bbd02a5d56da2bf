using System.Net;
using System.Text.RegularExpressions;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Needs;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>
/// "Jobs for you": a verified carer sees the open requests they can take, ranked by the same
/// engine as the shortlists, with why; never one out of reach; an unverified carer sees why
/// there is nothing yet (not an error); never a request's private details; carers only.
/// Each test uses a skill no other test in the class uses, so only its own requests can fit.
/// </summary>
public abstract partial class JobsForYouTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    private const string JobsPage = "/Carer/Jobs";

    [Fact]
    public async Task A_verified_carer_sees_a_nearby_open_request_with_why_and_a_link_to_it()
    {
        var carer = await factory.CarerWithSkillAsync("Jo Jobs", "LS6 2AB", "PegFeeding");
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("PegFeeding"));

        var home = await carer.Client.GetStringAsync("/Carer");
        var response = await carer.Client.GetAsync(JobsPage);

        Assert.Contains($"href=\"{JobsPage}\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal([requestId], ListedIds(html));
        Assert.Contains($"href=\"/Jobs/{requestId}\"", html, StringComparison.Ordinal);
        Assert.Contains("1. Personal care in LS1 4", html, StringComparison.Ordinal);
        Assert.Contains("2.3 km away", html, StringComparison.Ordinal);
        Assert.Contains("Every week from", html, StringComparison.Ordinal);
        Assert.Contains("Monday 9am to 10:30am", html, StringComparison.Ordinal);
        Assert.Contains("Up to £22.50 an hour", html, StringComparison.Ordinal);
        Assert.Contains("govuk-details", html, StringComparison.Ordinal);
        Assert.Contains("Why this job", html, StringComparison.Ordinal);
        Assert.Contains("Distance", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await carer.Client.GetAsync($"/Jobs/{requestId}")).StatusCode);
    }

    [Fact]
    public async Task A_request_far_outside_the_carers_radius_is_not_listed()
    {
        var carer = await factory.CarerWithSkillAsync("Fay Faraway", "LS6 2AB", "CatheterCare");
        var (seeker, _) = await factory.NewSeekerAsync();
        var inInverness = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("CatheterCare", "IV2 3AA"));
        var inLeeds = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("CatheterCare"));

        var html = WebUtility.HtmlDecode(await carer.Client.GetStringAsync(JobsPage));

        Assert.Equal([inLeeds], ListedIds(html));
        Assert.DoesNotContain(inInverness.ToString(), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unverified_carer_sees_why_there_are_no_jobs_yet_not_an_error()
    {
        var carer = await factory.CarerWithSkillAsync("Una Unverified", "LS6 2AB", "StomaCare", verified: false);
        var (seeker, _) = await factory.NewSeekerAsync();
        await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("StomaCare"));

        var response = await carer.Client.GetAsync(JobsPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Empty(ListedIds(html));
        Assert.Contains("data-testid=\"jobs-empty\"", html, StringComparison.Ordinal);
        Assert.Contains("once your profile is complete and your checks are verified", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_never_shows_a_requests_address_line_notes_or_recipient_name()
    {
        var carer = await factory.CarerWithSkillAsync("Pat Private", "LS6 2AB", "Epilepsy");
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("Epilepsy"));

        var html = WebUtility.HtmlDecode(await carer.Client.GetStringAsync(JobsPage));

        Assert.Equal([requestId], ListedIds(html));
        Assert.DoesNotContain(CareRequestForms.AddressLine, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(CareRequestForms.Notes, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Key safe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(CareRequestForms.FirstName, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("LS1 4AP", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Seekers_may_not_see_jobs_for_carers()
    {
        var (seeker, _) = await factory.NewSeekerAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync(JobsPage)).StatusCode);
    }

    private static List<Guid> ListedIds(string html) =>
        ListedJob().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex("data-testid=\"job\" data-request-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex ListedJob();
}

public sealed class JobsForYouTestsOnSqlite(SqliteAppFactory factory) : JobsForYouTests<SqliteAppFactory>(factory);

public sealed class JobsForYouTestsOnPostgreSql(PostgresAppFactory factory) : JobsForYouTests<PostgresAppFactory>(factory);
