using System.Net;
using System.Text.RegularExpressions;
using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Trust;

/// <summary>
/// Someone the poster invited to act on a request (here an attorney) in the request's messages
/// and reviews, through the pages: they read and write in the family's threads, the family sees
/// which of them wrote what while the carer only ever sees "the family", their review is
/// attributed and goes into the request's history, and once their access is ended the threads
/// and reviews are closed to them at once.
/// </summary>
public abstract partial class FamilyHelperTrustTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory, IClockedFactory
{
    [Fact]
    public async Task A_helper_writes_in_the_thread_named_to_the_family_but_not_to_the_carer_and_loses_it_when_access_ends()
    {
        var invited = await factory.InvitedAsync("StomaCare", carerName: "Tess Trusted", today: AppToday());
        await factory.DrainOutboxAsync();
        var jane = await factory.HelperWhoAcceptedAsync(invited.Seeker, invited.RequestId, "Jane Smith", "Attorney");
        var thread = $"/Messages/{invited.RequestId}/{invited.Carer.ProfileId}";

        Assert.Equal(HttpStatusCode.Redirect, (await invited.Seeker.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = "Hello from Sam." })).StatusCode);
        Assert.Contains($"href=\"{thread}\">Tess Trusted</a>", await PageAsync(jane.Client, "/Messages"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await jane.Client.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = "Jane here, Mum's attorney." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await invited.Carer.Client.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = "Lovely to meet you both." })).StatusCode);

        // Each family member sees who of them wrote what; the thread stays the poster's and the carer's.
        Assert.Equal(
            [("You", "Hello from Sam."), ("Jane Smith (attorney)", "Jane here, Mum's attorney."), ("Tess Trusted", "Lovely to meet you both.")],
            Messages(await PageAsync(invited.Seeker, thread)));
        Assert.Equal(
            [("Sam Poster (posted the request)", "Hello from Sam."), ("You", "Jane here, Mum's attorney."), ("Tess Trusted", "Lovely to meet you both.")],
            Messages(await PageAsync(jane.Client, thread)));
        var carerView = await PageAsync(invited.Carer.Client, thread);
        Assert.Equal(
            [("The family", "Hello from Sam."), ("The family", "Jane here, Mum's attorney."), ("You", "Lovely to meet you both.")],
            Messages(carerView));
        Assert.DoesNotContain("Jane Smith", carerView, StringComparison.Ordinal);
        Assert.DoesNotContain("attorney)", carerView, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Poster", carerView, StringComparison.Ordinal);

        // The carer is told the family wrote, never which of them.
        await factory.DrainOutboxAsync();
        Assert.DoesNotContain(factory.EmailsTo(invited.Carer.Email), e => e.Contains("Jane Smith", StringComparison.Ordinal));

        await EndAccessAsync(invited.Seeker, invited.RequestId);
        Assert.Equal(HttpStatusCode.NotFound, (await jane.Client.GetAsync(thread)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jane.Client.PostWithTokenFromAsync("/Messages", thread, new Dictionary<string, string> { ["Input.Text"] = "Still here?" })).StatusCode);
        Assert.DoesNotContain(thread, await PageAsync(jane.Client, "/Messages"), StringComparison.Ordinal);
        // What they wrote while they could stays, under their name.
        Assert.Contains(("Jane Smith (attorney)", "Jane here, Mum's attorney."), Messages(await PageAsync(invited.Seeker, thread)));
    }

    [Fact]
    public async Task A_helpers_review_is_attributed_to_them_for_the_family_goes_into_the_history_and_closes_when_access_ends()
    {
        var invited = await factory.InvitedAsync("Epilepsy", carerName: "Tess Trusted", today: AppToday());
        await factory.DrainOutboxAsync();
        var janeAtFirst = await factory.HelperWhoAcceptedAsync(invited.Seeker, invited.RequestId, "Jane Smith", "Attorney");
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        var visit = await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().Visits.AsNoTracking()
            .Where(v => v.BookingId == bookingId).OrderBy(v => v.StartsAt).FirstAsync());
        factory.Time.Advance(visit.StartsAt - factory.Time.GetUtcNow());
        var carer = await factory.SignedInAsync(invited.Carer.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckIn")).StatusCode);
        factory.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckOut")).StatusCode);
        await factory.DrainOutboxAsync();
        var poster = await factory.SignedInAsync(invited.SeekerEmail);
        var jane = await factory.SignedInAsync(janeAtFirst.Email);
        var reviews = $"/Bookings/{bookingId}/Reviews";

        Assert.Equal(HttpStatusCode.Redirect, (await jane.SubmitAsync(reviews, new Dictionary<string, string> { ["Input.Stars"] = "5", ["Input.Text"] = "Gentle with Mum." })).StatusCode);
        Assert.Contains("Written by you", await PageAsync(jane, reviews), StringComparison.Ordinal);
        var posterView = await PageAsync(poster, reviews);
        Assert.Contains("Gentle with Mum.", posterView, StringComparison.Ordinal);
        Assert.Contains("Written by Jane Smith (attorney)", posterView, StringComparison.Ordinal);
        // One review per side: the poster cannot write a second family review.
        Assert.DoesNotContain("Send review", posterView, StringComparison.Ordinal);

        await factory.DrainOutboxAsync();
        Assert.Contains(("Reviewed Tess Trusted", "Jane Smith (attorney)"), History(await PageAsync(poster, $"/Seeker/Requests/{invited.RequestId}")));

        // Published once the carer writes too; the carer and the public page never learn who of the family wrote it.
        Assert.Equal(HttpStatusCode.Redirect, (await carer.SubmitAsync(reviews, new Dictionary<string, string> { ["Input.Stars"] = "4", ["Input.Text"] = "A kind family." })).StatusCode);
        var carerView = await PageAsync(carer, reviews);
        Assert.Contains("Gentle with Mum.", carerView, StringComparison.Ordinal);
        Assert.DoesNotContain("Written by", carerView, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Smith", carerView, StringComparison.Ordinal);
        var carerPage = await PageAsync(poster, $"/Carers/{invited.Carer.ProfileId}");
        Assert.Contains("Gentle with Mum.", carerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Smith", carerPage, StringComparison.Ordinal);
        Assert.Contains("A kind family.", await PageAsync(jane, reviews), StringComparison.Ordinal);

        await EndAccessAsync(poster, invited.RequestId);
        Assert.Equal(HttpStatusCode.NotFound, (await jane.GetAsync(reviews)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jane.GetAsync($"/Messages/{invited.RequestId}/{invited.Carer.ProfileId}")).StatusCode);
        Assert.Contains("Written by Jane Smith (attorney)", await PageAsync(poster, reviews), StringComparison.Ordinal);
    }

    /// <summary>The poster ends the only helper's access from the request's People page.</summary>
    private static async Task EndAccessAsync(HttpClient poster, Guid requestId)
    {
        var people = $"/Seeker/Requests/{requestId}/People";
        var accessId = Assert.Single(AccessId().Matches(await PageAsync(poster, people)).Select(m => m.Groups[1].Value).Distinct());
        Assert.Equal(HttpStatusCode.Redirect, (await poster.SubmitAsync(people, new Dictionary<string, string>(), $"Withdraw&accessId={accessId}")).StatusCode);
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static List<(string Author, string Text)> Messages(string html) =>
        [.. Message().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    private static List<(string What, string Who)> History(string html) =>
        [.. HistoryRow().Matches(html).Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim()))];

    private DateOnly AppToday() => DateOnly.FromDateTime(CareMatch.SharedKernel.Time.UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime);

    [GeneratedRegex(@"data-testid=""message""[^>]*>\s*<p[^>]*><strong>([^<]*)</strong>.*?data-testid=""message-text"">([^<]*)<", RegexOptions.Singleline)]
    private static partial Regex Message();

    [GeneratedRegex(@"data-testid=""history-entry"">\s*<td[^>]*>[^<]*</td>\s*<td[^>]*>([^<]*)</td>\s*<td[^>]*>([^<]*)</td>")]
    private static partial Regex HistoryRow();

    [GeneratedRegex(@"accessId=([0-9a-f-]{36})")]
    private static partial Regex AccessId();
}

public sealed class FamilyHelperTrustTestsOnSqlite(ClockedSqliteAppFactory factory) : FamilyHelperTrustTests<ClockedSqliteAppFactory>(factory);

public sealed class FamilyHelperTrustTestsOnPostgreSql(ClockedPostgresAppFactory factory) : FamilyHelperTrustTests<ClockedPostgresAppFactory>(factory);
