using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>
/// Concerns about a person and a visit, in the browser: the family raises an urgent one about a visit
/// from the visit page, the carer one about the family from the booking page, and an admin finds both
/// in the queue by the names of the people who raised them. Each new page passes the axe check.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConcernJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Concerns_about_a_visit_and_a_family_reach_the_admins_queue_by_name()
    {
        var (date, start, end) = app.VisitTomorrow();
        var carer = await app.VerifiedCarerAsync("Sol Safeguard", "Epilepsy", [(date.DayOfWeek.ToString(), "00:00", "23:59")]);
        var seeker = await app.SeekerWithOneVisitAsync("Epilepsy", date, start, end);
        await seeker.GetByRole(AriaRole.Link, new() { Name = "See carers for this request" }).ClickAsync();
        await seeker.ReloadUntilAsync(seeker.GetByRole(AriaRole.Main), "Sol Safeguard");
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Invite Sol Safeguard" }).ClickAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await carer.GotoAsync("/Carer/Offers");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Accept Care in LS1 4" }).First.ClickAsync();
        await Assertions.Expect(carer.GetByTestId("raise-concern")).ToHaveTextAsync("Raise a concern about the family");
        var bookingPath = new Uri(carer.Url).AbsolutePath;
        await carer.AssertAccessibleAsync("booking-carer-concern-link");

        // The family, from the visit page.
        await seeker.GotoAsync(bookingPath);
        await seeker.GetByTestId("visit").First.GetByRole(AriaRole.Link).ClickAsync();
        await seeker.GetByTestId("raise-visit-concern").ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("concern-about")).ToContainTextAsync("About the visit on");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send concern" }).ClickAsync();
        await Assertions.Expect(seeker.ErrorSummary()).ToContainTextAsync("Enter what happened");
        await seeker.AssertAccessibleAsync("concern-visit-errors");
        await seeker.GetByLabel("What happened?").FillAsync("The carer arrived drunk and shouted at Mum.");
        await seeker.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send concern" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("concern-raised")).ToContainTextAsync("Your concern's reference is SG-");
        await Assertions.Expect(seeker.GetByTestId("concern-about").First).ToContainTextAsync("The visit on");
        await seeker.AssertAccessibleAsync("concerns-mine-visit");

        // The carer, about the family, from the booking page.
        await carer.GotoAsync(bookingPath);
        await carer.GetByTestId("raise-concern").ClickAsync();
        await Assertions.Expect(carer.GetByTestId("concern-about")).ToContainTextAsync("About the family of");
        await carer.AssertAccessibleAsync("concern-family");
        await carer.GetByLabel("What happened?").FillAsync("The son takes her pension card every week.");
        await carer.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await carer.GetByRole(AriaRole.Button, new() { Name = "Send concern" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("concern-raised")).ToContainTextAsync("Your concern's reference is SG-");

        var admin = await app.NewPageAsync();
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);
        await admin.GotoAsync("/Admin/Concerns");
        var fromCarer = admin.GetByTestId("concern").Filter(new() { HasText = "Sol Safeguard (carer)" });
        await Assertions.Expect(fromCarer).ToHaveCountAsync(1);
        await admin.AssertAccessibleAsync("admin-concerns-named");
        await admin.GetByTestId("concern").Filter(new() { HasText = "(family)" }).Filter(new() { HasText = "The visit on" }).First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("concern-about")).ToContainTextAsync("with Sol Safeguard (carer)");
        await Assertions.Expect(admin.GetByTestId("read-thread")).ToHaveCountAsync(0);
        await admin.AssertAccessibleAsync("admin-concern-visit");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("concern-owner")).ToContainTextAsync("(admin)");
        await admin.GotoAsync("/Inbox");
        await Assertions.Expect(admin.GetByRole(AriaRole.Main)).ToContainTextAsync("Urgent safeguarding concern SG-");
        await admin.AssertAccessibleAsync("admin-inbox-concerns");
    }
}
