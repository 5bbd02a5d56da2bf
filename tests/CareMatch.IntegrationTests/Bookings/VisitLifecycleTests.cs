using System.Net;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Security;
using CareMatch.Matching.Persistence;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>
/// A booking's visits over time, on a clock the test moves: check in and out, approval by the
/// seeker or by itself after 24 hours, missed visits, late and carer cancellations, offers
/// expiring, the four-week horizon rolling on, and ending the booking.
/// </summary>
public sealed class VisitLifecycleTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task The_carer_checks_in_and_out_and_the_seeker_approves_the_visit()
    {
        var (booking, carer, seeker) = await BookedAsync("Epilepsy");
        var visit = await FirstVisitAsync(booking);

        var early = await carer.VisitActionAsync(visit.Id, "CheckIn");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("You can check in from 30 minutes before the visit until it ends.", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        (carer, seeker) = await MoveToAsync(visit.StartsAt.AddMinutes(-10), booking);
        Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckIn")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(95));
        var checkedOut = await carer.VisitActionAsync(visit.Id, "CheckOut", new Dictionary<string, string> { ["Input.Notes"] = "Helped with lunch and a short walk." });
        Assert.Equal(HttpStatusCode.Redirect, checkedOut.StatusCode);

        var seen = WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Visits/{visit.Id}"));
        Assert.Contains("Helped with lunch and a short walk.", seen, StringComparison.Ordinal);
        Assert.Contains("Approve the visit", seen, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.VisitActionAsync(visit.Id, "Approve")).StatusCode);
        Assert.Contains(">Completed</strong>, approved<", WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Visits/{visit.Id}")), StringComparison.Ordinal);
        Assert.Equal(1, await OutboxCountAsync(nameof(VisitCompleted), visit.Id));
        Assert.Equal(1, await OutboxCountAsync(nameof(VisitApproved), visit.Id));

        await factory.DrainOutboxAsync();
        Assert.Equal(1, await factory.InScopeAsync(services => services.GetRequiredService<MatchingDbContext>().TrackRecords
            .Where(r => r.CarerProfileId == booking.Carer.ProfileId).Select(r => r.CompletedVisits).SingleAsync()));
    }

    [Fact]
    public async Task An_unapproved_visit_approves_itself_after_24_hours_and_one_nobody_attended_is_missed()
    {
        var (booking, carer, _) = await BookedAsync("Parkinsons");
        var visits = await VisitsAsync(booking);
        (carer, _) = await MoveToAsync(visits[0].StartsAt, booking);
        await carer.VisitActionAsync(visits[0].Id, "CheckIn");
        factory.Time.Advance(TimeSpan.FromHours(1));
        await carer.VisitActionAsync(visits[0].Id, "CheckOut");

        factory.Time.Advance(TimeSpan.FromHours(23));
        await RunJobAsync("bookings-housekeeping");
        Assert.Null((await VisitAsync(visits[0].Id)).ApprovedAt);

        factory.Time.Advance(TimeSpan.FromHours(2));
        await RunJobAsync("bookings-housekeeping");
        var approved = await VisitAsync(visits[0].Id);
        Assert.True(approved.ApprovedAutomatically);
        Assert.Equal(1, await OutboxCountAsync(nameof(VisitApproved), visits[0].Id));

        await MoveToAsync(visits[1].EndsAt.AddHours(2).AddMinutes(1), booking);
        await RunJobAsync("bookings-housekeeping");
        Assert.Equal(VisitStatus.Missed, (await VisitAsync(visits[1].Id)).Status);
    }

    [Fact]
    public async Task A_seekers_cancellation_under_48_hours_is_late_and_a_carers_counts_against_reliability()
    {
        var (booking, carer, seeker) = await BookedAsync("StomaCare");
        var visits = await VisitsAsync(booking);
        (carer, seeker) = await MoveToAsync(visits[0].StartsAt.AddHours(-24), booking);

        Assert.Equal(HttpStatusCode.Redirect, (await seeker.VisitActionAsync(visits[0].Id, "Cancel", new Dictionary<string, string> { ["Input.Reason"] = "Hospital appointment" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(visits[1].Id, "Cancel", new Dictionary<string, string> { ["Input.Reason"] = "I am unwell" })).StatusCode);

        var bySeeker = await VisitAsync(visits[0].Id);
        var byCarer = await VisitAsync(visits[1].Id);
        Assert.Equal((VisitStatus.Cancelled, CancelledBy.Seeker, true), (bySeeker.Status, bySeeker.CancelledBy, bySeeker.LateCancellation));
        Assert.Equal((VisitStatus.Cancelled, CancelledBy.Carer, false), (byCarer.Status, byCarer.CancelledBy, byCarer.LateCancellation));
        Assert.Contains(">Cancelled</strong> by the family (late)<", WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Visits/{visits[0].Id}")), StringComparison.Ordinal);

        await factory.DrainOutboxAsync();
        Assert.Equal(1, await factory.InScopeAsync(services => services.GetRequiredService<MatchingDbContext>().TrackRecords
            .Where(r => r.CarerProfileId == booking.Carer.ProfileId).Select(r => r.CarerCancellations).SingleAsync()));
    }

    [Fact]
    public async Task An_offer_expires_after_48_hours_and_can_no_longer_be_accepted()
    {
        var invited = await factory.InvitedAsync("CatheterCare", "Eve Expired", AppToday());
        factory.Time.Advance(TimeSpan.FromHours(49));
        await RunJobAsync("bookings-housekeeping");
        var carer = await factory.SignedInAsync(invited.Carer.Email);

        var refused = await carer.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This offer has expired", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await factory.BookingsForAsync(invited.RequestId));
    }

    [Fact]
    public async Task The_daily_job_keeps_visits_four_weeks_ahead_without_doubling_any()
    {
        var (booking, _, _) = await BookedAsync("MentalHealth");
        Assert.Equal(3, (await VisitsAsync(booking)).Count);

        factory.Time.Advance(TimeSpan.FromDays(7));
        await RunJobAsync("bookings-visit-horizon");
        await RunJobAsync("bookings-visit-horizon");

        Assert.Equal(4, (await VisitsAsync(booking)).Count);
    }

    [Fact]
    public async Task A_new_visit_that_would_clash_is_skipped_and_the_rest_still_roll_on_and_reach_matching()
    {
        var (booking, _, _) = await BookedAsync("Dementia");
        var visits = await VisitsAsync(booking);
        Assert.Equal(3, visits.Count);

        // Two weeks on, the job adds two weekly visits; the carer is already busy half an hour
        // into the first of them (a visit the database holds, as another booking's would be).
        var firstNew = visits[^1].StartsAt.AddDays(7);
        await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<BookingsDbContext>();
            db.Visits.Add(CareMatch.Bookings.Visits.Visit.Schedule(booking.BookingId, booking.Carer.ProfileId, firstNew.AddMinutes(30), firstNew.AddMinutes(90)));
            await db.SaveChangesAsync();
        });
        factory.Time.Advance(TimeSpan.FromDays(14));

        await RunJobAsync("bookings-visit-horizon");
        await RunJobAsync("bookings-visit-horizon");

        var after = await VisitsAsync(booking);
        Assert.Equal(5, after.Count);
        Assert.DoesNotContain(after, v => v.StartsAt == firstNew);
        Assert.Contains(after, v => v.StartsAt == firstNew.AddDays(7));
        Assert.Equal(1, await OutboxCountAsync(nameof(VisitsScheduled), booking.BookingId));

        var changesBefore = await CarerChangesAsync(booking.Carer.ProfileId);
        await factory.DrainOutboxAsync();
        Assert.True(await CarerChangesAsync(booking.Carer.ProfileId) > changesBefore, "Matching did not hear that the carer's booked times changed");
    }

    [Fact]
    public async Task Ending_a_booking_cancels_the_visits_to_come_and_closes_the_request()
    {
        var (booking, _, seeker) = await BookedAsync("LearningDisability");

        var ended = await seeker.PostWithTokenFromAsync("/Account/ChangePassword", $"/Bookings/{booking.BookingId}?handler=End",
            new Dictionary<string, string> { ["Input.Reason"] = "Moving to a care home" });

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.All(await VisitsAsync(booking), v => Assert.Equal(VisitStatus.Cancelled, v.Status));
        Assert.Contains("Ended: Moving to a care home", WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Bookings/{booking.BookingId}")), StringComparison.Ordinal);
        await factory.DrainOutboxAsync();
        Assert.Equal(CareMatch.Needs.Contracts.CareRequestStatus.Closed, await factory.InScopeAsync(services =>
            services.GetRequiredService<NeedsDbContext>().CareRequests.Where(r => r.Id == booking.RequestId).Select(r => r.Status).SingleAsync()));
    }

    private sealed record Booked(Guid BookingId, Guid RequestId, TestCarerRef Carer, string SeekerEmail);

    private sealed record TestCarerRef(Guid ProfileId, string Email);

    private async Task<(Booked Booking, HttpClient Carer, HttpClient Seeker)> BookedAsync(string skill)
    {
        var invited = await factory.InvitedAsync(skill, today: AppToday());
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        return (new Booked(bookingId, invited.RequestId, new TestCarerRef(invited.Carer.ProfileId, invited.Carer.Email), invited.SeekerEmail), invited.Carer.Client, invited.Seeker);
    }

    /// <summary>Moves the clock to <paramref name="instant"/> and signs both people in again, as they would come back days later.</summary>
    private async Task<(HttpClient Carer, HttpClient Seeker)> MoveToAsync(DateTimeOffset instant, Booked booking)
    {
        factory.Time.Advance(instant - factory.Time.GetUtcNow());
        return (await factory.SignedInAsync(booking.Carer.Email), await factory.SignedInAsync(booking.SeekerEmail));
    }

    /// <summary>Tests in this class share one clock that earlier tests may have moved on.</summary>
    private DateOnly AppToday() => DateOnly.FromDateTime(CareMatch.SharedKernel.Time.UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime);

    private Task<List<CareMatch.Bookings.Visits.Visit>> VisitsAsync(Booked booking) => factory.InScopeAsync(services =>
        services.GetRequiredService<BookingsDbContext>().Visits.AsNoTracking().Where(v => v.BookingId == booking.BookingId).OrderBy(v => v.StartsAt).ToListAsync());

    private async Task<CareMatch.Bookings.Visits.Visit> FirstVisitAsync(Booked booking) => (await VisitsAsync(booking))[0];

    private Task<CareMatch.Bookings.Visits.Visit> VisitAsync(Guid id) => factory.InScopeAsync(services =>
        services.GetRequiredService<BookingsDbContext>().Visits.AsNoTracking().SingleAsync(v => v.Id == id));

    private Task<int> OutboxCountAsync(string type, Guid visitId) => factory.InScopeAsync(services =>
        services.GetRequiredService<BookingsDbContext>().Set<OutboxMessage>().CountAsync(m => m.Type.Contains(type) && m.Payload.Contains(visitId.ToString())));

    private Task<int> CarerChangesAsync(Guid carerProfileId) => factory.InScopeAsync(services =>
        services.GetRequiredService<MatchingDbContext>().CarerChanges.CountAsync(c => c.CarerProfileId == carerProfileId));

    private Task RunJobAsync(string id) => factory.InScopeAsync(services =>
        services.GetServices<IScheduledTask>().Single(j => j.Id == id).RunAsync(CancellationToken.None));
}
