using System.Net;
using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Security;
using CareMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Trust;

/// <summary>
/// Reviews through the pages, on a clock the test moves: they open with the first completed
/// visit, stay unseen by the other side until both have written or 14 days have passed, feed
/// the carer's rating in Matching, can be answered once by the carer, and leave the rating
/// when an admin hides them.
/// </summary>
public sealed class ReviewTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task Reviews_stay_unseen_until_both_have_written_then_both_are_published_and_the_carer_may_reply_once()
    {
        var visited = await VisitedAsync("Epilepsy", "Rhea Reviewed");
        var reviews = $"/Bookings/{visited.BookingId}/Reviews";

        Assert.Equal(HttpStatusCode.Redirect, (await WriteAsync(visited.Seeker, reviews, 5, "Kind and punctual.")).StatusCode);
        var seekerView = await PageAsync(visited.Seeker, reviews);
        Assert.Contains("Kind and punctual.", seekerView, StringComparison.Ordinal);
        Assert.Contains("Both reviews will be published when Rhea Reviewed has written theirs", seekerView, StringComparison.Ordinal);
        Assert.DoesNotContain("Kind and punctual.", await PageAsync(visited.Carer, reviews), StringComparison.Ordinal);
        Assert.Contains("No reviews yet.", await PageAsync(visited.Seeker, $"/Carers/{visited.CarerProfileId}"), StringComparison.Ordinal);

        var again = await WriteAsync(visited.Seeker, reviews, 1, "Changed my mind.");
        Assert.Contains("You have already reviewed this booking.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await WriteAsync(visited.Carer, reviews, 4, "A lovely family.")).StatusCode);
        Assert.Contains("A lovely family.", await PageAsync(visited.Seeker, reviews), StringComparison.Ordinal);
        Assert.Contains("Kind and punctual.", await PageAsync(visited.Carer, reviews), StringComparison.Ordinal);
        var carerPage = await PageAsync(visited.Seeker, $"/Carers/{visited.CarerProfileId}");
        Assert.Contains("Rated 5.0 out of 5 from 1 review.", carerPage, StringComparison.Ordinal);
        Assert.Contains("Kind and punctual.", carerPage, StringComparison.Ordinal);
        // The carer's review of the family is not on the carer's public page.
        Assert.DoesNotContain("A lovely family.", carerPage, StringComparison.Ordinal);

        await factory.DrainOutboxAsync();
        Assert.Equal((5, 1), await RatingInMatchingAsync(visited.CarerProfileId));

        var reviewId = ReviewIdOn(await PageAsync(visited.Carer, "/Carer/Reviews"));
        var empty = await visited.Carer.SubmitAsync("/Carer/Reviews", new Dictionary<string, string> { ["ReplyingTo"] = reviewId, ["Input.Text"] = " " });
        Assert.Contains("Enter your reply", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await visited.Carer.SubmitAsync("/Carer/Reviews", new Dictionary<string, string> { ["ReplyingTo"] = reviewId, ["Input.Text"] = "Thank you, it was a pleasure." })).StatusCode);
        Assert.Contains("The carer replied:</strong> Thank you, it was a pleasure.", await PageAsync(visited.Seeker, $"/Carers/{visited.CarerProfileId}"), StringComparison.Ordinal);
        var second = await visited.Carer.PostWithTokenFromAsync("/Carer/Reviews", "/Carer/Reviews", new Dictionary<string, string> { ["ReplyingTo"] = reviewId, ["Input.Text"] = "And again." });
        Assert.Contains("You have already replied to this review.", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_other_side_reviews_are_published_14_days_after_the_first_visit_and_a_low_one_is_flagged_and_can_be_hidden()
    {
        var visited = await VisitedAsync("Parkinsons", "Lou Lowstar");
        var reviews = $"/Bookings/{visited.BookingId}/Reviews";
        Assert.Equal(HttpStatusCode.Redirect, (await WriteAsync(visited.Seeker, reviews, 2, "Late twice, did not stay the hour.")).StatusCode);

        factory.Time.Advance(TimeSpan.FromDays(13));
        await factory.RunScheduledTaskAsync("trust-publish-due-reviews");
        Assert.Contains("No reviews yet.", await PageAsync(await factory.SignedInAsync(visited.SeekerEmail), $"/Carers/{visited.CarerProfileId}"), StringComparison.Ordinal);

        factory.Time.Advance(TimeSpan.FromDays(1));
        await factory.RunScheduledTaskAsync("trust-publish-due-reviews");
        var seeker = await factory.SignedInAsync(visited.SeekerEmail);
        Assert.Contains("Rated 2.0 out of 5 from 1 review.", await PageAsync(seeker, $"/Carers/{visited.CarerProfileId}"), StringComparison.Ordinal);
        Assert.Contains("Lou Lowstar did not write a review.", await PageAsync(seeker, reviews), StringComparison.Ordinal);
        await factory.DrainOutboxAsync();
        Assert.Equal((2, 1), await RatingInMatchingAsync(visited.CarerProfileId));

        var admin = await factory.AdminAsync();
        var flagged = await PageAsync(admin, "/Admin/Reviews");
        Assert.Contains("2 out of 5 stars, by a family about Lou Lowstar", flagged, StringComparison.Ordinal);
        var reviewId = ReviewIdOn(flagged, "Hiding");
        var noReason = await admin.SubmitAsync("/Admin/Reviews", new Dictionary<string, string> { ["Hiding"] = reviewId, ["Input.Reason"] = "" });
        Assert.Contains("Enter why you are hiding this review", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Admin/Reviews", new Dictionary<string, string> { ["Hiding"] = reviewId, ["Input.Reason"] = "Names the carer's home address" })).StatusCode);

        Assert.Contains("Hidden</strong> on", await PageAsync(admin, "/Admin/Reviews"), StringComparison.Ordinal);
        Assert.Contains("No reviews yet.", await PageAsync(seeker, $"/Carers/{visited.CarerProfileId}"), StringComparison.Ordinal);
        Assert.Contains("Hidden by CareMatch: Names the carer's home address", await PageAsync(seeker, reviews), StringComparison.Ordinal);
        await factory.DrainOutboxAsync();
        Assert.Equal((0, 0), await RatingInMatchingAsync(visited.CarerProfileId));
    }

    [Fact]
    public async Task Only_the_two_sides_of_the_booking_see_its_reviews_and_none_can_be_written_before_the_first_visit()
    {
        var invited = await factory.InvitedAsync("StomaCare", carerName: "Nell Notyet", today: AppToday());
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        await factory.DrainOutboxAsync();
        var reviews = $"/Bookings/{bookingId}/Reviews";

        Assert.Contains("You can write a review once the first visit has been completed.", await PageAsync(invited.Seeker, reviews), StringComparison.Ordinal);
        Assert.Contains($"href=\"{reviews}\"", await PageAsync(invited.Seeker, $"/Bookings/{bookingId}"), StringComparison.Ordinal);
        var early = await invited.Seeker.PostWithTokenFromAsync($"/Bookings/{bookingId}", reviews, new Dictionary<string, string> { ["Input.Stars"] = "5", ["Input.Text"] = "Early" });
        Assert.Contains("You can write a review once the first visit has been completed.", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var (otherEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(otherEmail)).GetAsync(reviews)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.AdminAsync()).GetAsync(reviews)).StatusCode);
    }

    [Fact]
    public async Task A_review_needs_stars_and_words_and_nothing_is_saved_without_them()
    {
        var visited = await VisitedAsync("Dementia", "Val Stars");
        var reviews = $"/Bookings/{visited.BookingId}/Reviews";

        var html = WebUtility.HtmlDecode(await (await visited.Seeker.SubmitAsync(reviews, new Dictionary<string, string> { ["Input.Text"] = new string('a', 1001) })).Content.ReadAsStringAsync());
        Assert.Contains("Choose from 1 to 5 stars", html, StringComparison.Ordinal);
        Assert.Contains("Your review must be 1,000 characters or fewer", html, StringComparison.Ordinal);
        html = WebUtility.HtmlDecode(await (await WriteAsync(visited.Seeker, reviews, 6, "")).Content.ReadAsStringAsync());
        Assert.Contains("Choose from 1 to 5 stars", html, StringComparison.Ordinal);
        Assert.Contains("Write a few words about how it went", html, StringComparison.Ordinal);
        Assert.Equal(0, await factory.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<CareMatch.Trust.Persistence.TrustDbContext>();
            return db.Reviews.CountAsync(v => db.ReviewRounds.Any(r => r.Id == v.RoundId && r.BookingId == visited.BookingId));
        }));
    }

    private sealed record Visited(Guid BookingId, Guid CarerProfileId, string SeekerEmail, HttpClient Seeker, HttpClient Carer);

    /// <summary>A booking whose first visit the carer has checked in and out of, both people signed in afresh after the clock moved.</summary>
    private async Task<Visited> VisitedAsync(string skill, string carerName)
    {
        var invited = await factory.InvitedAsync(skill, carerName: carerName, today: AppToday());
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        var visit = await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().Visits.AsNoTracking()
            .Where(v => v.BookingId == bookingId).OrderBy(v => v.StartsAt).FirstAsync());
        factory.Time.Advance(visit.StartsAt - factory.Time.GetUtcNow());
        var carer = await factory.SignedInAsync(invited.Carer.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckIn")).StatusCode);
        factory.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckOut")).StatusCode);
        await factory.DrainOutboxAsync();
        return new Visited(bookingId, invited.Carer.ProfileId, invited.SeekerEmail, await factory.SignedInAsync(invited.SeekerEmail), carer);
    }

    private static Task<HttpResponseMessage> WriteAsync(HttpClient client, string page, int stars, string text) =>
        client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Stars"] = stars.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Text"] = text });

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string ReviewIdOn(string html, string field = "ReplyingTo")
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"name=\"{field}\" value=\"([0-9a-f-]+)\"");
        Assert.True(match.Success, $"No {field} form on the page");
        return match.Groups[1].Value;
    }

    private Task<(int, int)> RatingInMatchingAsync(Guid carerProfileId) => factory.InScopeAsync(async services =>
    {
        var record = await services.GetRequiredService<MatchingDbContext>().TrackRecords.AsNoTracking().SingleAsync(r => r.CarerProfileId == carerProfileId);
        return (record.RatingSum, record.RatingCount);
    });

    private DateOnly AppToday() => DateOnly.FromDateTime(CareMatch.SharedKernel.Time.UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime);
}
