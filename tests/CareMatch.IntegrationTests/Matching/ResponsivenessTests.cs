using System.Net;
using System.Text.RegularExpressions;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Providers;
using CareMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>
/// How quickly a carer answers invitations, through the real pages: it moves them up or down a
/// seeker's shortlist and is said in words there and on their page; an invitation left to lapse
/// counts at its full lifetime (two days), so it ranks a carer below a new one; answers older than
/// 90 days stop counting once the daily task has run. Each test moves the app's clock forward
/// only, and dates its requests from the app's today.
/// </summary>
public abstract partial class ResponsivenessTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory, IClockedFactory
{
    private const string AgeOutTaskId = "matching-reply-times-age-out";

    [Fact]
    public async Task A_carer_who_answers_quickly_ranks_above_an_otherwise_equal_slow_one_and_the_seeker_reads_how_quickly()
    {
        var one = await factory.CarerWithSkillAsync("Robin Reply", "LS6 2AB", "DiabetesSupport");
        var two = await factory.CarerWithSkillAsync("Robin Respond", "LS6 2AB", "DiabetesSupport");
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(RequestFromAppToday("DiabetesSupport"));
        var before = ShortlistedIds(await ShortlistAsync(seeker, requestId));
        Assert.Equal(2, before.Count);
        Assert.Contains("New: no answers yet", await ShortlistAsync(seeker, requestId), StringComparison.Ordinal);

        // The one ranked second while both are new answers quickly; the first answers slowly.
        var (slow, quick) = before[0] == one.ProfileId ? (one, two) : (two, one);
        var toSlow = await InvitedByAnotherFamilyAsync(slow, "DiabetesSupport");
        var toQuick = await InvitedByAnotherFamilyAsync(quick, "DiabetesSupport");
        factory.Time.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(HttpStatusCode.Redirect, (await quick.Client.OfferActionAsync("/Carer/Offers", "Decline", toQuick)).StatusCode);
        factory.Time.Advance(TimeSpan.FromHours(2.5));
        Assert.Equal(HttpStatusCode.Redirect, (await slow.Client.OfferActionAsync("/Carer/Offers", "Decline", toSlow)).StatusCode);
        await factory.DrainOutboxAsync();

        var after = await ShortlistAsync(seeker, requestId);
        Assert.Equal([quick.ProfileId, slow.ProfileId], ShortlistedIds(after));
        Assert.Equal(["Usually answers within 30 minutes", "Usually answers within 3 hours"], ReplyTimes(after));
        Assert.Contains("<dt class=\"govuk-summary-list__key\">Answers invitations</dt>", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"carer-reply-time\">Usually answers within 30 minutes<", await CarerPageAsync(seeker, quick), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"carer-reply-time\">Usually answers within 3 hours<", await CarerPageAsync(seeker, slow), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_left_to_lapse_counts_at_its_full_two_days_and_ranks_the_carer_below_a_new_one()
    {
        var one = await factory.CarerWithSkillAsync("Lee Lapse", "LS6 2AB", "StrokeRecovery");
        var two = await factory.CarerWithSkillAsync("Lee Later", "LS6 2AB", "StrokeRecovery");
        var (email, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(email);
        var requestId = await seeker.PostRequestAsync(RequestFromAppToday("StrokeRecovery", startInDays: 14));
        var before = ShortlistedIds(await ShortlistAsync(seeker, requestId));
        var (ignoring, fresh) = before[0] == one.ProfileId ? (one, two) : (two, one);

        await InvitedByAnotherFamilyAsync(ignoring, "StrokeRecovery");
        factory.Time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await factory.RunScheduledTaskAsync("bookings-housekeeping");
        await factory.DrainOutboxAsync();

        // Signed out by now (sessions last 8 hours), so the seeker signs in again.
        var after = await ShortlistAsync(await factory.SignedInAsync(email), requestId);
        Assert.Equal([fresh.ProfileId, ignoring.ProfileId], ShortlistedIds(after));
        Assert.Equal(["New: no answers yet", "Usually takes more than a day to answer"], ReplyTimes(after));
        var counted = await factory.InScopeAsync(services => services.GetRequiredService<MatchingDbContext>().InvitationReplies
            .Where(r => r.CarerProfileId == ignoring.ProfileId).Select(r => new { r.SentAt, r.AnsweredAt }).SingleAsync());
        Assert.Equal(TimeSpan.FromDays(2), counted.AnsweredAt - counted.SentAt);
    }

    [Fact]
    public async Task An_answer_older_than_90_days_stops_counting_once_the_daily_task_has_run()
    {
        var carer = await factory.CarerWithSkillAsync("Olive Olden", "LS6 2AB", "PalliativeCare");
        var offerId = await InvitedByAnotherFamilyAsync(carer, "PalliativeCare");
        factory.Time.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal(HttpStatusCode.Redirect, (await carer.Client.OfferActionAsync("/Carer/Offers", "Decline", offerId)).StatusCode);
        await factory.DrainOutboxAsync();
        Assert.Contains("data-testid=\"carer-reply-time\">Usually answers within 40 minutes<", await CarerPageAsync(carer), StringComparison.Ordinal);

        // 89 days on it still counts, and the task leaves it be.
        factory.Time.Advance(TimeSpan.FromDays(89));
        await factory.RunScheduledTaskAsync(AgeOutTaskId);
        Assert.Contains("data-testid=\"carer-reply-time\">Usually answers within 40 minutes<", await CarerPageAsync(carer), StringComparison.Ordinal);
        Assert.Equal(1, await RepliesKeptAsync(carer));

        factory.Time.Advance(TimeSpan.FromDays(1.5));
        await factory.RunScheduledTaskAsync(AgeOutTaskId);
        Assert.Contains("data-testid=\"carer-reply-time\">New: no answers yet<", await CarerPageAsync(carer), StringComparison.Ordinal);
        Assert.Equal(0, await RepliesKeptAsync(carer));
    }

    private DateOnly AppToday => DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);

    private Dictionary<string, string> RequestFromAppToday(string skill, int startInDays = 7)
    {
        var form = ShortlistSetup.RequestNeeding(skill);
        CareRequestForms.SetDate(form, "Input.StartDate", AppToday.AddDays(startInDays));
        return form;
    }

    /// <summary>Another family posts a request of their own and invites the carer to it; the offer's id.</summary>
    private async Task<Guid> InvitedByAnotherFamilyAsync(TestCarer carer, string skill)
    {
        var (family, _) = await factory.NewSeekerAsync();
        var requestId = await family.PostRequestAsync(RequestFromAppToday(skill));
        return await family.InviteAsync(requestId, carer.ProfileId);
    }

    private static async Task<string> ShortlistAsync(HttpClient seeker, Guid requestId) =>
        WebUtility.HtmlDecode(await seeker.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)));

    private static async Task<string> CarerPageAsync(HttpClient seeker, TestCarer carer) =>
        WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Carers/{carer.ProfileId}"));

    /// <summary>The carer's page as a seeker signed in just now sees it (earlier sessions lapse as the clock moves on).</summary>
    private async Task<string> CarerPageAsync(TestCarer carer) => await CarerPageAsync((await factory.NewSeekerAsync()).Client, carer);

    private Task<int> RepliesKeptAsync(TestCarer carer) => factory.InScopeAsync(services =>
        services.GetRequiredService<MatchingDbContext>().InvitationReplies.CountAsync(r => r.CarerProfileId == carer.ProfileId));

    private static List<Guid> ShortlistedIds(string html) =>
        ShortlistedCarer().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    private static List<string> ReplyTimes(string html) =>
        ReplyTime().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("data-testid=\"shortlisted-carer\" data-profile-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex ShortlistedCarer();

    [GeneratedRegex("data-testid=\"reply-time\">([^<]+)<")]
    private static partial Regex ReplyTime();
}

public sealed class ResponsivenessTestsOnSqlite(ClockedSqliteAppFactory factory) : ResponsivenessTests<ClockedSqliteAppFactory>(factory);

public sealed class ResponsivenessTestsOnPostgreSql(ClockedPostgresAppFactory factory) : ResponsivenessTests<ClockedPostgresAppFactory>(factory);
