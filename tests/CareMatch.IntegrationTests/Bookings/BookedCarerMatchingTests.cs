using System.Net;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>Once booked, a carer's visits count against their availability: nobody is offered them for a clashing time.</summary>
public abstract class BookedCarerMatchingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task A_booked_carer_leaves_shortlists_and_jobs_that_clash_with_their_visits()
    {
        var invited = await factory.InvitedAsync("Parkinsons", "Bea Busy");
        var (other, _) = await factory.NewSeekerAsync();
        var clashing = await other.PostRequestAsync(ShortlistSetup.RequestNeeding("Parkinsons"));
        await factory.DrainOutboxAsync();
        Assert.Contains("Bea Busy", await other.GetStringAsync(ShortlistSetup.ShortlistPage(clashing)), StringComparison.Ordinal);

        BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        await factory.DrainOutboxAsync();

        var shortlist = WebUtility.HtmlDecode(await other.GetStringAsync(ShortlistSetup.ShortlistPage(clashing)));
        Assert.DoesNotContain("Bea Busy", shortlist, StringComparison.Ordinal);
        Assert.Contains("not free on Monday mornings", shortlist, StringComparison.Ordinal);
        Assert.DoesNotContain(clashing.ToString(), await invited.Carer.Client.GetStringAsync("/Carer/Jobs"), StringComparison.Ordinal);
    }
}

public sealed class BookedCarerMatchingTestsOnSqlite(SqliteAppFactory factory) : BookedCarerMatchingTests<SqliteAppFactory>(factory);

public sealed class BookedCarerMatchingTestsOnPostgreSql(PostgresAppFactory factory) : BookedCarerMatchingTests<PostgresAppFactory>(factory);
