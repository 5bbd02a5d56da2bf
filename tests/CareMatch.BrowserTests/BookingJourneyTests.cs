using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>
/// Care delivered, in the browser: a seeker with a test card invites a carer, the carer accepts,
/// the visit is there, the carer checks in and out and the seeker approves; the visit-money task
/// charges the seeker and pays the carer (receipt, statement, payout date), and an admin refunds
/// part of it. When a carer cancels, a carer asked to cover offers and the seeker approves them.
/// Each page passes the axe check.
/// </summary>
/// <remarks>
/// The requests are one visit tomorrow morning (UK time); the browser app lets carers check in
/// two days early (Bookings:CheckInOpensBefore), so the tests do not depend on the hour they run.
/// </remarks>
[Collection(BrowserCollection.Name)]
public sealed class BookingJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Invite_accept_visit_check_in_check_out_and_approval()
    {
        var (date, start, end) = app.VisitTomorrow();
        var carer = await app.VerifiedCarerAsync("Vera Visits", "Stoma care", [(date.DayOfWeek.ToString(), "00:00", "23:59")]);
        var seeker = await app.SeekerWithOneVisitAsync("Stoma care", date, start, end);
        var requestPage = seeker.Url;
        await SaveTestCardAsync(seeker);
        await seeker.GotoAsync(requestPage);

        await seeker.GetByRole(AriaRole.Link, new() { Name = "See carers for this request" }).ClickAsync();
        await seeker.ReloadUntilAsync(seeker.GetByRole(AriaRole.Main), "Vera Visits");
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Invite Vera Visits" }).ClickAsync();
        await seeker.AssertAccessibleAsync("invite-carer");
        await seeker.GetByLabel("A message for the carer (optional)").FillAsync("Mum would love a chat about her garden.");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("offer-status")).ToHaveTextAsync("Waiting for an answer");
        await seeker.AssertAccessibleAsync("request-offers");

        await carer.GotoAsync("/Carer");
        await Assertions.Expect(carer.GetByTestId("offers-waiting")).ToContainTextAsync("A family invited you to care in LS1 4");
        await carer.AssertAccessibleAsync("carer-home-invited");
        await carer.GetByRole(AriaRole.Link, new() { Name = "Your offers: invitations and applications" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("offer").First).ToContainTextAsync("Mum would love a chat about her garden.");
        await carer.AssertAccessibleAsync("carer-offers");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Accept Care in LS1 4" }).First.ClickAsync();
        await Assertions.Expect(carer.GetByTestId("booking-address")).ToContainTextAsync("14 Hidden Lane, LS1 4AP");
        await carer.AssertAccessibleAsync("booking-for-carer");

        await carer.GetByTestId("visit").First.GetByRole(AriaRole.Link).ClickAsync();
        await carer.AssertAccessibleAsync("visit-before");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("visit-status")).ToContainTextAsync("Checked in");
        await Assertions.Expect(carer.GetByTestId("visit-status")).Not.ToContainTextAsync("CheckedIn");
        await carer.AssertAccessibleAsync("visit-checked-in");
        app.Clock.MoveOn(TimeSpan.FromHours(1));
        await carer.GetByLabel("Notes for the family (optional)").FillAsync("Lunch, a walk to the shop, tablets taken.");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Check out" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("visit-status")).ToContainTextAsync("Completed");
        await carer.AssertAccessibleAsync("visit-completed");

        await seeker.GotoAsync("/Seeker");
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Who is coming" }).ClickAsync();
        await seeker.AssertAccessibleAsync("who-is-coming");
        await seeker.GetByTestId("visit").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("visit-notes")).ToHaveTextAsync("Lunch, a walk to the shop, tablets taken.");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Approve the visit" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("visit-status")).ToContainTextAsync("Completed, approved");
        await seeker.AssertAccessibleAsync("visit-approved");

        await TheMoneyOfTheVisitAsync(carer, seeker);
    }

    /// <summary>The visit-money task runs every minute: after it, the carer is paid, both see the money, and an admin refunds part.</summary>
    private async Task TheMoneyOfTheVisitAsync(IPage carer, IPage seeker)
    {
        await carer.GotoAsync("/Carer");
        await carer.GetByRole(AriaRole.Link, new() { Name = "Your earnings" }).ClickAsync();
        await carer.ReloadUntilAsync(carer.GetByRole(AriaRole.Main), "Paid", seconds: 90);
        await Assertions.Expect(carer.GetByTestId("test-payments")).ToContainTextAsync("Test payments: no real money moves");
        await carer.AssertAccessibleAsync("carer-earnings");
        await carer.GetByTestId("earning").First.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("statement") }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("statement-in-bank")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(Monday|Tuesday|Wednesday|Thursday|Friday) \d+ \w+ 20\d\d$"));
        await carer.AssertAccessibleAsync("carer-statement");
        await carer.GotoAsync("/Carer/Earnings/Payouts");
        await carer.AssertAccessibleAsync("carer-payouts-by-day");

        await seeker.GotoAsync("/Seeker");
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Your payments" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("payment").First).ToContainTextAsync("Paid");
        await seeker.AssertAccessibleAsync("seeker-payments");
        await seeker.GetByTestId("payment").First.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("receipt") }).ClickAsync();
        var reference = (await seeker.GetByRole(AriaRole.Main).InnerTextAsync()).Split(' ', '\n').First(word => word.StartsWith("CM-", StringComparison.Ordinal));
        await seeker.AssertAccessibleAsync("seeker-receipt");

        var admin = await app.NewPageAsync();
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);
        await admin.GotoAsync("/Admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Payments: refunds, disputes and payments that are stuck" }).ClickAsync();
        await admin.AssertAccessibleAsync("admin-payments");
        await admin.GetByRole(AriaRole.Link, new() { Name = reference }).First.ClickAsync();
        await admin.GetByLabel("Amount to refund, in pounds").FillAsync("nonsense");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Refund" }).ClickAsync();
        await Assertions.Expect(admin.ErrorSummary()).ToContainTextAsync("Enter the reason for the refund");
        await admin.AssertAccessibleAsync("admin-refund-problems");
        await admin.GetByLabel("Amount to refund, in pounds").FillAsync("1.00");
        await admin.GetByLabel("Reason for the refund").FillAsync("Arrived ten minutes late");
        await admin.GetByLabel("No, the platform bears it").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Refund" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("admin-refunded")).ToHaveTextAsync("£1");
        await admin.AssertAccessibleAsync("admin-visit-payment-refunded");

        await seeker.ReloadAsync();
        await Assertions.Expect(seeker.GetByTestId("receipt-refunded")).ToContainTextAsync("£1");
    }

    private static async Task SaveTestCardAsync(IPage seeker)
    {
        await seeker.GotoAsync("/Seeker/Card");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Add a card" }).ClickAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Save the test card ending 4242" }).ClickAsync();
        await Assertions.Expect(seeker.GetByText("Your card is saved.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_carers_cancellation_is_covered_by_a_carer_the_seeker_approves()
    {
        var (date, start, end) = app.VisitTomorrow();
        var day = date.DayOfWeek.ToString();
        var booked = await app.VerifiedCarerAsync("Cass Cancels", "Catheter care", [(day, "00:00", "23:59")]);
        var cover = await app.VerifiedCarerAsync("Cole Covers", "Catheter care", [(day, "00:00", "23:59")]);
        var seeker = await app.SeekerWithOneVisitAsync("Catheter care", date, start, end);
        var requestPath = new Uri(seeker.Url).AbsolutePath;

        await seeker.GotoAsync($"{requestPath}/Carers");
        await seeker.ReloadUntilAsync(seeker.GetByRole(AriaRole.Main), "Cass Cancels");
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Invite Cass Cancels" }).ClickAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await booked.GotoAsync("/Carer/Offers");
        await booked.GetByRole(AriaRole.Button, new() { Name = "Accept Care in LS1 4" }).First.ClickAsync();

        await booked.GetByTestId("visit").First.GetByRole(AriaRole.Link).ClickAsync();
        var visitUrl = booked.Url;
        await booked.GetByText("Cancel this visit").ClickAsync();
        await booked.GetByLabel("Why are you cancelling? (optional)").FillAsync("My car has broken down");
        await booked.GetByRole(AriaRole.Button, new() { Name = "Cancel the visit" }).ClickAsync();
        await Assertions.Expect(booked.GetByTestId("visit-status")).ToContainTextAsync("Cancelled");

        await cover.GotoAsync("/Carer");
        await Assertions.Expect(cover.GetByTestId("cover-needed")).ToContainTextAsync("1 visit needs a carer");
        await cover.AssertAccessibleAsync("carer-home-cover-needed");
        await cover.GetByRole(AriaRole.Link, new() { Name = "See if you can cover" }).ClickAsync();
        await Assertions.Expect(cover.GetByTestId("cover-request")).ToContainTextAsync("in LS1 4");
        await cover.AssertAccessibleAsync("cover-requests");
        await cover.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Offer to cover") }).ClickAsync();
        await Assertions.Expect(cover.GetByRole(AriaRole.Alert)).ToContainTextAsync("The family will approve you");
        await cover.AssertAccessibleAsync("cover-offered");

        await seeker.GotoAsync(visitUrl);
        await Assertions.Expect(seeker.GetByTestId("cover")).ToContainTextAsync("Cole Covers has offered to cover this visit");
        await seeker.AssertAccessibleAsync("cover-to-approve");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Approve Cole Covers" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("covered-by")).ToContainTextAsync("Cole Covers is covering this visit");
        await seeker.AssertAccessibleAsync("cover-approved");

        // The covering carer's list says who the visit is for and where, not their own name.
        await cover.GotoAsync("/Carer/Visits");
        await Assertions.Expect(cover.GetByTestId("visit-for").First).ToContainTextAsync("Margaret");
        await Assertions.Expect(cover.GetByTestId("visit-for").First).ToContainTextAsync("14 Hidden Lane, LS1 4AP");
        await cover.AssertAccessibleAsync("carer-visits-who-and-where");
    }
}
