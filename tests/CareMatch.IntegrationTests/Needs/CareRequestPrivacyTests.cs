using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Needs;

/// <summary>
/// A seeker sees only their own requests, on every page and every post; a carer sees an open
/// request's sector and distance, never its address, notes or the person's name.
/// </summary>
public abstract class CareRequestPrivacyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    public static TheoryData<string> SeekerPages => new() { "/Seeker/Requests/{0}", "/Seeker/Requests/{0}/Edit", "/Seeker/Requests/{0}/Cancel" };

    [Theory]
    [MemberData(nameof(SeekerPages))]
    public async Task Another_seekers_request_is_not_found_on_every_page(string page)
    {
        var (owner, _) = await factory.NewSeekerAsync();
        var id = await owner.PostRequestAsync(CareRequestForms.Weekly());
        var (stranger, _) = await factory.NewSeekerAsync();

        var response = await stranger.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, id))).StatusCode);
    }

    [Fact]
    public async Task Another_seekers_request_is_not_found_by_every_post_and_is_left_unchanged()
    {
        var (owner, _) = await factory.NewSeekerAsync();
        var draft = await owner.PostRequestAsync(CareRequestForms.Weekly(), publish: false);
        var (stranger, _) = await factory.NewSeekerAsync();
        var edited = CareRequestForms.Weekly();
        edited["Input.HourlyRate"] = "99";

        var posts = new (string Target, Dictionary<string, string> Fields)[]
        {
            ($"/Seeker/Requests/{draft}/Edit", edited),
            ($"/Seeker/Requests/{draft}?handler=Publish", []),
            ($"/Seeker/Requests/{draft}/Cancel", new() { ["Input.Reason"] = "Not mine to cancel" }),
        };
        foreach (var (target, fields) in posts)
        {
            var response = await stranger.PostWithTokenFromAsync("/Seeker/Requests/New", target, fields);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{target}: {response.StatusCode}");
        }

        var details = WebUtility.HtmlDecode(await owner.GetStringAsync($"/Seeker/Requests/{draft}"));
        Assert.Contains("Draft", details, StringComparison.Ordinal);
        Assert.Contains("£22.50 an hour", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seekers_list_shows_only_their_own_requests()
    {
        var (owner, _) = await factory.NewSeekerAsync();
        var id = await owner.PostRequestAsync(CareRequestForms.Weekly());
        var (stranger, _) = await factory.NewSeekerAsync();

        var list = await stranger.GetStringAsync("/Seeker");

        Assert.DoesNotContain(id.ToString(), list, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.FirstName, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_carer_sees_an_open_request_with_its_sector_and_distance_but_no_address_notes_or_name()
    {
        var (owner, _) = await factory.NewSeekerAsync();
        var id = await owner.PostRequestAsync(CareRequestForms.Weekly());
        var carer = await NewCarerLivingInAsync("LS6 2AB");

        var response = await carer.GetAsync($"/Jobs/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("LS1 4", html, StringComparison.Ordinal);
        // LS6 2's centroid is about 2.3 km north of LS1 4's.
        Assert.Contains("About 2.3 km from LS6 2", html, StringComparison.Ordinal);
        Assert.Contains("£22.50 an hour", html, StringComparison.Ordinal);
        Assert.Contains("Personal care", html, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.AddressLine, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Key safe", html, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.FirstName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("LS1 4AP", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_and_cancelled_requests_are_not_found_by_carers_and_seekers_cannot_use_the_carer_view()
    {
        var (owner, _) = await factory.NewSeekerAsync();
        var draft = await owner.PostRequestAsync(CareRequestForms.Weekly(), publish: false);
        var cancelled = await owner.PostRequestAsync(CareRequestForms.Weekly());
        await owner.SubmitAsync($"/Seeker/Requests/{cancelled}/Cancel", new Dictionary<string, string> { ["Input.Reason"] = "Sorted" });
        var carer = await NewCarerLivingInAsync("LS8 1AA");

        Assert.Equal(HttpStatusCode.NotFound, (await carer.GetAsync($"/Jobs/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await carer.GetAsync($"/Jobs/{cancelled}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await carer.GetAsync($"/Jobs/{Guid.NewGuid()}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await carer.GetAsync($"/Seeker/Requests/{draft}")).StatusCode);
        var seekerAtJobs = await owner.GetAsync($"/Jobs/{cancelled}");
        Assert.NotEqual(HttpStatusCode.OK, seekerAtJobs.StatusCode);
    }

    private async Task<HttpClient> NewCarerLivingInAsync(string postcode)
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Carer);
        await factory.DrainOutboxAsync();
        var carer = await factory.SignedInAsync(email);
        var saved = await carer.SubmitAsync("/Carer/Profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Sam K.",
            ["Input.HomePostcode"] = postcode,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return carer;
    }
}

public sealed class CareRequestPrivacyOnSqlite(SqliteAppFactory factory) : CareRequestPrivacyTests<SqliteAppFactory>(factory);

public sealed class CareRequestPrivacyOnPostgreSql(PostgresAppFactory factory) : CareRequestPrivacyTests<PostgresAppFactory>(factory);
