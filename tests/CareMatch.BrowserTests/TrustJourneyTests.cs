using System.Globalization;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>
/// Trust between a family and a carer, in the browser: a message with a phone number is masked
/// for both until the booking, shown after it; the carer is told in their inbox and raises a
/// concern about the message, which an admin finds in the queue and reads the thread through;
/// the day before the visit both find a reminder in their inbox that leads to it; after the
/// visit both review each other, the family's review appears on the carer's page and the carer
/// replies. Each new page passes the axe check.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrustJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Messages_masked_until_booking_then_a_visit_and_double_blind_reviews_on_the_carers_page()
    {
        var (date, start, end) = app.VisitTomorrow();
        // The journey happens the day before the visit, from 11am: once booked, the visit starts
        // within the 24 hours the hourly reminder task looks ahead. Moved first, as a move of
        // more than 8 hours later would sign everyone out; it stays within the same UK day, so
        // the collection's other tests still book "tomorrow", and check-in opens two days early here.
        app.Clock.MoveOnTo(UkInstant(date, start) - TimeSpan.FromHours(23));
        var carer = await app.VerifiedCarerAsync("Tess Trusted", "PEG feeding", [(date.DayOfWeek.ToString(), "00:00", "23:59")]);
        var seeker = await app.SeekerWithOneVisitAsync("PEG feeding", date, start, end);
        var requestPath = new Uri(seeker.Url).AbsolutePath;
        await seeker.GetByRole(AriaRole.Link, new() { Name = "See carers for this request" }).ClickAsync();
        await seeker.ReloadUntilAsync(seeker.GetByRole(AriaRole.Main), "Tess Trusted");
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Invite Tess Trusted" }).ClickAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();

        // The thread opens with the invitation (an event, handled by the job server).
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Messages with Tess Trusted" }).ClickAsync();
        await seeker.ReloadUntilAsync(seeker.GetByRole(AriaRole.Main), "Messages with Tess Trusted");
        await seeker.GetByLabel("Your message").FillAsync("Please ring me on 07700 900123 before you come.");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("message-text")).ToHaveTextAsync("Please ring me on [phone number hidden] before you come.");
        await seeker.AssertAccessibleAsync("thread-masked");

        await carer.GotoAsync("/Carer/Offers");
        await carer.GetByRole(AriaRole.Link, new() { Name = "Messages with the family" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("message-text")).ToHaveTextAsync("Please ring me on [phone number hidden] before you come.");
        await Assertions.Expect(carer.GetByTestId("masking-notice")).ToContainTextAsync("hidden in these messages until a booking is confirmed");
        var carerThread = new Uri(carer.Url).AbsolutePath;
        await carer.GotoAsync("/Inbox");
        await carer.ReloadUntilAsync(carer.GetByRole(AriaRole.Main), "New message from the family");
        await carer.AssertAccessibleAsync("inbox");

        // The carer raises a concern about the message; an admin finds it in the queue and reads the thread through it.
        await carer.GotoAsync(carerThread);
        await carer.GetByTestId("report-message").First.ClickAsync();
        await carer.AssertAccessibleAsync("concern-new");
        await carer.GetByLabel("What happened?").FillAsync("The family asked me to come before any booking was made.");
        await carer.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await carer.GetByRole(AriaRole.Button, new() { Name = "Send concern" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("concern-raised")).ToContainTextAsync("Your concern's reference is SG-");
        await Assertions.Expect(carer.GetByTestId("concern-status")).ToHaveCountAsync(1);
        await carer.AssertAccessibleAsync("concerns-mine");
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);
        await admin.GotoAsync("/Admin/Concerns");
        await Assertions.Expect(admin.GetByTestId("concern")).Not.ToHaveCountAsync(0);
        await admin.AssertAccessibleAsync("admin-concerns");
        await admin.GetByTestId("concern").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Main)).ToContainTextAsync("The family asked me to come before any booking was made.");
        await admin.AssertAccessibleAsync("admin-concern");
        await admin.GetByTestId("read-thread").ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Main)).ToContainTextAsync("Please ring me on 07700 900123 before you come.");
        await admin.AssertAccessibleAsync("admin-concern-thread");

        await carer.GotoAsync("/Carer/Offers");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Accept Care in LS1 4" }).First.ClickAsync();
        await Assertions.Expect(carer.GetByTestId("booking-messages")).ToBeVisibleAsync();
        var bookingPath = new Uri(carer.Url).AbsolutePath;
        await carer.GetByTestId("booking-messages").ClickAsync();
        await carer.ReloadUntilAsync(carer.GetByTestId("message-text"), "07700 900123");
        await Assertions.Expect(carer.GetByTestId("masking-notice")).ToContainTextAsync("You have a confirmed booking");
        await carer.AssertAccessibleAsync("thread-unmasked");

        // The day before, both are reminded in their inbox, and the reminder leads to the visit.
        var visitPath = await BothRemindedOfTheVisitAsync(admin, seeker, carer, date);
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At(visitPath));
        await carer.GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("visit-status")).ToContainTextAsync("Checked in");
        app.Clock.MoveOn(TimeSpan.FromHours(1));
        await carer.GetByRole(AriaRole.Button, new() { Name = "Check out" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("visit-status")).ToContainTextAsync("Completed");

        // The family reviews first: the carer cannot see it until they have written theirs.
        await seeker.GotoAsync(bookingPath);
        await seeker.GetByTestId("booking-reviews").ClickAsync();
        await seeker.ReloadUntilAsync(seeker.GetByRole(AriaRole.Main), "How would you rate Tess Trusted?");
        await seeker.AssertAccessibleAsync("review-form");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send review" }).ClickAsync();
        await Assertions.Expect(seeker.ErrorSummary()).ToContainTextAsync("Choose from 1 to 5 stars");
        await seeker.AssertAccessibleAsync("review-form-errors");
        await seeker.GetByLabel("5 stars").CheckAsync();
        await seeker.GetByLabel("Your review").FillAsync("Tess was gentle and patient with Mum.");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send review" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("reviews-waiting")).ToContainTextAsync("Both reviews will be published when Tess Trusted has written theirs");
        await seeker.AssertAccessibleAsync("review-waiting");
        var reviewsPage = seeker.Url;

        await carer.GotoAsync(new Uri(reviewsPage).AbsolutePath);
        await Assertions.Expect(carer.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("gentle and patient");
        await carer.GetByLabel("4 stars").CheckAsync();
        await carer.GetByLabel("Your review").FillAsync("A warm welcome and clear notes.");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Send review" }).ClickAsync();
        await Assertions.Expect(carer.GetByRole(AriaRole.Main)).ToContainTextAsync("Tess was gentle and patient with Mum.");

        await carer.GotoAsync("/Carer/Reviews");
        await carer.GetByLabel("Your reply").FillAsync("Thank you, it was a joy.");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("review-reply")).ToContainTextAsync("Thank you, it was a joy.");
        await carer.AssertAccessibleAsync("carer-reviews");

        await seeker.GotoAsync(reviewsPage);
        await Assertions.Expect(seeker.GetByRole(AriaRole.Main)).ToContainTextAsync("A warm welcome and clear notes.");
        await seeker.GotoAsync($"{requestPath}/Offers");
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Tess Trusted", Exact = true }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("review-average")).ToHaveTextAsync("Rated 5.0 out of 5 from 1 review.");
        await Assertions.Expect(seeker.GetByTestId("review-text")).ToHaveTextAsync("Tess was gentle and patient with Mum.");
        await seeker.AssertAccessibleAsync("carer-page-reviews");
    }

    /// <summary>
    /// The hourly reminder task, which the admin runs now rather than waiting for the hour, tells
    /// the family and the carer about tomorrow's visit in their inbox; both reminders lead to the
    /// visit, where the carer is left. Returns the visit's path.
    /// </summary>
    private static async Task<string> BothRemindedOfTheVisitAsync(IPage admin, IPage seeker, IPage carer, DateOnly date)
    {
        var when = $"{date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}, 10am";
        await seeker.GotoAsync("/Inbox");
        await admin.RunScheduledTasksUntilAsync(seeker, seeker.GetByRole(AriaRole.Main), $"Reminder: Tess Trusted visits on {when}", "notifications-visit-reminders");
        var seekerReminder = seeker.GetByTestId("inbox-item").Filter(new() { HasText = "Reminder: Tess Trusted visits on" });
        await Assertions.Expect(seekerReminder).ToHaveCountAsync(1);
        await Assertions.Expect(seekerReminder).ToContainTextAsync($"Tess Trusted is due on {when}, until 11am.");
        await seeker.AssertAccessibleAsync("inbox-reminder");

        await carer.GotoAsync("/Inbox");
        var carerReminder = carer.GetByTestId("inbox-item").Filter(new() { HasText = "Reminder: your visit on" });
        await Assertions.Expect(carerReminder).ToHaveCountAsync(1);
        await Assertions.Expect(carerReminder).ToContainTextAsync($"Reminder: your visit on {when}");
        await Assertions.Expect(carerReminder).ToContainTextAsync($"You are due at a visit on {when}, until 11am.");
        await carer.AssertAccessibleAsync("inbox-reminder-carer");

        await seekerReminder.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("visit-status")).ToContainTextAsync("Scheduled");
        var visitPath = new Uri(seeker.Url).AbsolutePath;
        await carerReminder.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("visit-status")).ToContainTextAsync("Scheduled");
        return visitPath;
    }

    private static DateTimeOffset UkInstant(DateOnly date, string time)
    {
        var local = date.ToDateTime(TimeOnly.Parse(time, CultureInfo.InvariantCulture));
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/London").GetUtcOffset(local));
    }
}
