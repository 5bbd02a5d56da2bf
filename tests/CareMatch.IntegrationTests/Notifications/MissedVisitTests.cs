using CareMatch.Bookings.Contracts;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.SharedKernel.Time;

namespace CareMatch.IntegrationTests.Notifications;

/// <summary>A visit nobody checked in to by two hours after its end is missed: both sides are told once, and the notification leads to the visit.</summary>
public sealed class MissedVisitTests(ClockedSqliteFactory factory) : IClassFixture<ClockedSqliteFactory>
{
    private const string TaskId = "bookings-housekeeping";
    private const string Title = "Nobody checked in to a visit";

    [Fact]
    public async Task A_visit_nobody_checked_in_to_tells_both_sides_once_that_it_was_missed()
    {
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var invited = await factory.InvitedAsync("FirstAid", carerName: "Milo Absent", today: today);
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        await factory.DrainOutboxAsync();
        var now = factory.Time.GetUtcNow();
        var first = (await factory.AskAsModuleAsync(new ListVisitsToSecure(now, now.AddDays(30)))).Where(v => v.BookingId == bookingId).MinBy(v => v.StartsAt)!;

        // An hour after its end the carer may still check in late: not missed yet.
        factory.Time.Advance(first.EndsAt.AddHours(1) - now);
        await factory.RunScheduledTaskAsync(TaskId);
        await factory.DrainOutboxAsync();
        Assert.Empty(factory.EmailsAbout(invited.SeekerEmail, Title));

        factory.Time.Advance(TimeSpan.FromHours(1));
        await factory.RunScheduledTaskAsync(TaskId);
        await factory.DrainOutboxAsync();
        await factory.RunScheduledTaskAsync(TaskId);
        await factory.DrainOutboxAsync();

        var said = $"Nobody checked in to the visit on {TimeWords.DateTime(first.StartsAt)}, so it is marked as missed. To talk about what happened, message each other from the booking.";
        foreach (var email in new[] { invited.SeekerEmail, invited.Carer.Email })
        {
            var sent = Assert.Single(factory.EmailsAbout(email, Title));
            Assert.Contains(said, sent, StringComparison.Ordinal);
            Assert.Contains($"Open it on CareMatch: https://localhost/Visits/{first.VisitId}\r\n", sent, StringComparison.Ordinal);

            // Days have passed on the app's clock: the person signs in again.
            var client = await factory.SignedInAsync(email);
            var inbox = await client.InboxAsync();
            Assert.Contains(said, inbox, StringComparison.Ordinal);
            var leadsTo = await client.OpenNotificationAsync(NotificationMail.NotificationIdOf(inbox, Title));
            Assert.Equal($"/Visits/{first.VisitId}", leadsTo);
            var visit = await client.GetStringAsync(leadsTo);
            Assert.Matches("data-testid=\"visit-status\"><strong[^>]*>\\s*Missed\\s*<", visit);
            // What the words point to is there: the visit leads back to the booking, and it to the messages.
            Assert.Contains($"href=\"/Bookings/{bookingId}\"", visit, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"booking-messages\"", await client.GetStringAsync($"/Bookings/{bookingId}"), StringComparison.Ordinal);
        }
    }
}
