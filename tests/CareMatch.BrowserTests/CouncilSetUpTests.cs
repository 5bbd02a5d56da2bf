using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>An admin sets up a council and invites its commissioner, who accepts and sees their council.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CouncilSetUpTests(BrowserApp app)
{
    [Fact]
    public async Task An_admin_adds_a_council_and_invites_a_commissioner_who_sets_a_password_and_sees_that_council()
    {
        var council = $"Leeds City Council {Guid.NewGuid():N}"[..28];
        var commissionerEmail = PageActions.NewEmail("commissioner");
        const string CommissionerPassword = "commissioner long passphrase";

        // The admin asks for their pages, is asked to sign in, and is brought back.
        var admin = await app.NewPageAsync();
        await admin.GotoAsync("/Admin");
        await Assertions.Expect(admin).ToHaveURLAsync(PageActions.At("/Account/SignIn"));
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);
        await Assertions.Expect(admin).ToHaveURLAsync(PageActions.At("/Admin"));
        await admin.ExpectSignedInAsAsync(app.AdminEmail);
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Run CareMatch");
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Find an account, suspend or restore it" })).ToBeVisibleAsync();
        await admin.AssertAccessibleAsync("admin-home");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Set up councils and invite their commissioners" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Councils");
        await admin.AssertAccessibleAsync("admin-councils");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add a council" }).ClickAsync();
        await Assertions.Expect(admin).ToHaveURLAsync(PageActions.At("/Admin/Councils/Create"));
        await Assertions.Expect(admin.GetByLabel("Postcode districts in its area")).ToHaveAccessibleDescriptionAsync(new Regex("commas"));
        await admin.AssertAccessibleAsync("add-council");

        // A district that does not exist is refused, at the field and in the summary.
        await admin.GetByLabel("Council name").FillAsync(council);
        await admin.GetByLabel("Postcode districts in its area").FillAsync("ZZ99");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add council" }).ClickAsync();
        var summary = admin.ErrorSummary();
        await Assertions.Expect(summary).ToBeVisibleAsync();
        var problem = summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("ZZ99") });
        await Assertions.Expect(problem).ToHaveAttributeAsync("href", "#Input_Districts");
        await Assertions.Expect(admin.GetByLabel("Postcode districts in its area")).ToHaveAccessibleDescriptionAsync(new Regex("ZZ99"));
        await Assertions.Expect(admin.GetByLabel("Council name")).ToHaveValueAsync(council);
        await admin.AssertAccessibleAsync("add-council-errors");
        await problem.ClickAsync();
        await Assertions.Expect(admin.GetByLabel("Postcode districts in its area")).ToBeFocusedAsync();

        await admin.GetByLabel("Postcode districts in its area").FillAsync("LS1, LS2");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add council" }).ClickAsync();
        await Assertions.Expect(admin).ToHaveURLAsync(PageActions.At("/Admin/Councils"));
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = council });
        await Assertions.Expect(row).ToContainTextAsync("LS1, LS2");
        await admin.AssertAccessibleAsync("admin-councils-list");

        // The council's match weights: the defaults until an admin changes them, refused at the field when not a number.
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Match weights for {council}" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("weights-status")).ToContainTextAsync("default weights");
        await admin.AssertAccessibleAsync("council-weights");
        var distance = admin.GetByLabel("Distance", new() { Exact = true });
        await distance.FillAsync("lots");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save weights" }).ClickAsync();
        await Assertions.Expect(admin.ErrorSummary()).ToContainTextAsync("The distance weight must be a number");
        await Assertions.Expect(distance).ToHaveAccessibleDescriptionAsync(new Regex("must be a number"));
        await admin.AssertAccessibleAsync("council-weights-errors");
        await distance.FillAsync("2.5");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save weights" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("weights-status")).ToContainTextAsync("set by an admin");
        await Assertions.Expect(distance).ToHaveValueAsync("2.5");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Back to councils" }).ClickAsync();

        await admin.GetByRole(AriaRole.Link, new() { Name = $"Invite a commissioner to {council}" }).ClickAsync();
        await Assertions.Expect(admin).ToHaveURLAsync(PageActions.At("/Admin/Councils/Invite"));
        await admin.AssertAccessibleAsync("invite-commissioner");
        await admin.GetByLabel("Their work email address").FillAsync("not-an-email");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(admin.ErrorSummary()).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByLabel("Their work email address")).ToHaveAccessibleDescriptionAsync(new Regex("Enter an email address"));
        await admin.AssertAccessibleAsync("invite-commissioner-errors");
        await admin.GetByLabel("Their work email address").FillAsync(commissionerEmail);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync($"We have emailed an invitation to {commissionerEmail}");
        await admin.AssertAccessibleAsync("invite-commissioner-sent");

        // The commissioner, on their own computer, follows the link in the invitation.
        var invitation = await app.LatestEmailAsync(commissionerEmail, $"You are invited to CareMatch for {council}");
        Assert.Equal("/Account/AcceptInvitation", invitation.Link.AbsolutePath);
        var commissioner = await app.NewPageAsync();
        await commissioner.GotoAsync(invitation.Link.ToString());
        await Assertions.Expect(commissioner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Set your password");
        await commissioner.AssertAccessibleAsync("accept-invitation");
        await commissioner.GetByLabel("Create a password").FillAsync("short");
        await commissioner.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Assertions.Expect(commissioner.ErrorSummary()).ToContainTextAsync("Password must be at least 8 characters");
        await commissioner.AssertAccessibleAsync("accept-invitation-errors");
        await commissioner.GetByLabel("Create a password").FillAsync(CommissionerPassword);
        await commissioner.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();

        await Assertions.Expect(commissioner).ToHaveURLAsync(PageActions.At("/Account/SignIn"));
        await commissioner.SignInAsync(commissionerEmail, CommissionerPassword);
        await Assertions.Expect(commissioner).ToHaveURLAsync(PageActions.At("/Commissioner"));
        await commissioner.ExpectSignedInAsAsync(commissionerEmail);
        // Commissioning links them to the council when it hears of the invitation, through a job.
        await commissioner.ReloadUntilAsync(commissioner.GetByTestId("commissioner-council"), $"You see figures for {council} only");
        await Assertions.Expect(commissioner.GetByTestId("commissioner-council")).ToContainTextAsync("LS1, LS2");
        await commissioner.AssertAccessibleAsync("home-commissioner");
        await commissioner.GetByRole(AriaRole.Link, new() { Name = "How requests are met: how many are posted and how soon they get a first visit" }).ClickAsync();
        await commissioner.GetByLabel("the last 52 weeks").CheckAsync();
        await commissioner.GetByLabel("Postcode district").SelectOptionAsync("LS1");
        await commissioner.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(commissioner.GetByLabel("Postcode district")).ToHaveValueAsync("LS1");
        await ExpectChartAndTableToAgreeAsync(commissioner);
        await Assertions.Expect(commissioner.GetByTestId("period")).ToContainTextAsync("Requests posted from");
        // Other browser tests post requests in LS1 too, before or after this one: a count, or hidden when from 1 to 4.
        await Assertions.Expect(commissioner.GetByTestId("posted")).ToHaveTextAsync(new Regex(@"^([05-9]|\d\d+|Not shown \(fewer than 5\))$"));
        await commissioner.AssertAccessibleAsync("commissioner-requests");
        var download = await commissioner.RunAndWaitForDownloadAsync(() => commissioner.GetByRole(AriaRole.Link, new() { Name = "Download these figures (CSV)" }).ClickAsync());
        Assert.Matches(@"^carematch-requests-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.csv$", download.SuggestedFilename);
        await commissioner.GotoAsync("/Commissioner");
        await commissioner.GetByRole(AriaRole.Link, new() { Name = "Where need is waiting: requests no carer has taken yet, by district" }).ClickAsync();
        await Assertions.Expect(commissioner.GetByTestId("unmet-LS1")).ToBeVisibleAsync();
        await commissioner.AssertAccessibleAsync("commissioner-unmet");
        await commissioner.GotoAsync("/Commissioner");
        await commissioner.GetByRole(AriaRole.Link, new() { Name = "How reliably care is given: missed and cancelled visits, on-time check-ins, and how few carers each person sees" }).ClickAsync();
        await Assertions.Expect(commissioner.GetByTestId("due")).ToHaveTextAsync(new Regex(@"^([05-9]|\d\d+|Not shown \(fewer than 5\))$"));
        await commissioner.AssertAccessibleAsync("commissioner-reliability");
        await commissioner.GotoAsync("/Commissioner");

        var seekerEmail = PageActions.NewEmail("funded");
        var seeker = await app.NewPageAsync();
        await seeker.RegisterAsync(PageActions.SeekerChoice, seekerEmail, "funded seeker passphrase");
        await seeker.SignInAsync(seekerEmail, "funded seeker passphrase");
        await commissioner.OfferABudgetThatIsAgreedAsync(seeker, seekerEmail, "ASC-2291");
    }

    /// <summary>Every week drawn in the chart is a row of the table with the same figures ("Not shown" where the chart marks one suppressed), and no row is missing from the chart.</summary>
    private static async Task ExpectChartAndTableToAgreeAsync(IPage page)
    {
        var drawn = await page.Locator("[data-testid=weekly-chart] g[data-week]").EvaluateAllAsync<string[]>(
            "bars => bars.map(b => ['data-week', 'data-posted', 'data-within-7'].map(a => b.getAttribute(a)).join(' '))");
        var tabled = await page.Locator("[data-testid=weekly-table] tbody tr").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => [r.dataset.week, r.querySelector('[data-testid=week-posted]').textContent, r.querySelector('[data-testid=week-within-7]').textContent].join(' '))");
        Assert.Equal(52, drawn.Length);
        Assert.Equal(tabled, drawn.Select(d => d.Replace("suppressed", "Not shown", StringComparison.Ordinal)));
    }
}
