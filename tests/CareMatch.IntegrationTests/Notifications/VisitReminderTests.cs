using CareMatch.Bookings.Contracts;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Notifications;

/// <summary>The day before a visit, both sides are reminded, once, in their inbox and by email; a payment that cannot be held tells the family once.</summary>
public sealed class VisitReminderTests(ClockedSqliteFactory factory) : IClassFixture<ClockedSqliteFactory>
{
    private const string TaskId = "notifications-visit-reminders";

    [Fact]
    public async Task Both_sides_are_reminded_once_the_day_before_a_visit_and_a_family_without_a_card_is_told_once()
    {
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var invited = await factory.InvitedAsync("CatheterCare", carerName: "Remy Remind", today: today);
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        await factory.DrainOutboxAsync();
        var now = factory.Time.GetUtcNow();
        var visits = (await factory.AskAsModuleAsync(new ListVisitsToSecure(now, now.AddDays(30)))).Where(v => v.BookingId == bookingId).OrderBy(v => v.StartsAt).ToList();
        Assert.True(visits.Count >= 2, $"{visits.Count} visits");

        // Two days ahead: too early.
        factory.Time.Advance(visits[0].StartsAt - TimeSpan.FromHours(48) - factory.Time.GetUtcNow());
        await factory.RunScheduledTaskAsync(TaskId);
        Assert.Empty(factory.EmailsAbout(invited.SeekerEmail, "Reminder: Remy Remind visits on " + CareMatch.SharedKernel.Time.TimeWords.DateTime(visits[0].StartsAt)));

        factory.Time.Advance(TimeSpan.FromHours(28));
        await factory.RunScheduledTaskAsync(TaskId);
        await factory.RunScheduledTaskAsync(TaskId);
        factory.Time.Advance(TimeSpan.FromHours(2));
        await factory.RunScheduledTaskAsync(TaskId);

        var when = CareMatch.SharedKernel.Time.TimeWords.DateTime(visits[0].StartsAt);
        var seekers = Assert.Single(factory.EmailsAbout(invited.SeekerEmail, $"Reminder: Remy Remind visits on {when}"));
        Assert.Contains($"https://localhost/Visits/{visits[0].VisitId}", seekers, StringComparison.Ordinal);
        Assert.Single(factory.EmailsAbout(invited.Carer.Email, $"Reminder: your visit on {when}"));
        // Only the first visit is within a day: the next, a week later, is not reminded yet.
        Assert.Single(factory.EmailsTo(invited.Carer.Email), e => e.Contains("Subject: Reminder:", StringComparison.Ordinal));

        // The visit's payment is due to be held now and the family has no card: they are told once, however often it is retried.
        await factory.RunScheduledTaskAsync("payments-visit-money");
        factory.Time.Advance(TimeSpan.FromHours(2));
        await factory.RunScheduledTaskAsync("payments-visit-money");
        await factory.DrainOutboxAsync();
        var noCard = Assert.Single(factory.EmailsAbout(invited.SeekerEmail, "Add a card for your next visit"));
        Assert.Contains($"There is no card to pay for the visit on {when}.", noCard, StringComparison.Ordinal);
        Assert.Contains("https://localhost/Seeker/Card", noCard, StringComparison.Ordinal);

        var seeker = await factory.SignedInAsync(invited.SeekerEmail);
        Assert.Contains($"Reminder: Remy Remind visits on {when}", await seeker.InboxAsync(), StringComparison.Ordinal);
        var carer = await factory.SignedInAsync(invited.Carer.Email);
        Assert.Contains($"Reminder: your visit on {when}", await carer.InboxAsync(), StringComparison.Ordinal);
    }
}
