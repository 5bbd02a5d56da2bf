using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>Roles keep people to their own pages, and an admin can suspend and restore an account.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountAdministrationTests(BrowserApp app)
{
    [Fact]
    public async Task An_admin_suspends_a_carer_who_then_cannot_sign_in_and_restores_them_so_they_can_again()
    {
        var carerEmail = PageActions.NewEmail("carer");
        const string CarerPassword = "carer long passphrase";

        // A carer cannot open the admin pages, then signs out.
        var carer = await app.NewPageAsync();
        await carer.RegisterAsync(PageActions.CarerChoice, carerEmail, CarerPassword);
        await carer.SignInAsync(carerEmail, CarerPassword);
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Carer"));
        var response = await carer.GotoAsync("/Admin/Users");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(carer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You cannot see this page");
        await carer.AssertAccessibleAsync("admin-forbidden");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(carer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Care at home, from carers near you");

        // The admin finds the carer's account and suspends it.
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);
        await Assertions.Expect(admin).ToHaveURLAsync(PageActions.At("/Admin"));
        await admin.GetByRole(AriaRole.Link, new() { Name = "Find an account, suspend or restore it" }).ClickAsync();
        await Assertions.Expect(admin).ToHaveURLAsync(PageActions.At("/Admin/Users"));
        await admin.AssertAccessibleAsync("admin-users");
        await admin.GetByLabel("Search by email").FillAsync(carerEmail);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = carerEmail });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Active");
        await admin.AssertAccessibleAsync("admin-users-search");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Suspend {carerEmail}" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Suspended");
        await Assertions.Expect(admin.GetByLabel("Search by email")).ToHaveValueAsync(carerEmail);
        await admin.AssertAccessibleAsync("admin-users-suspended");

        // The carer is refused with the words anyone gets (the page never says an account exists); the email says why.
        await carer.SignInAsync(carerEmail, CarerPassword);
        await Assertions.Expect(carer.ErrorSummary()).ToContainTextAsync("Enter a correct email address and password");
        await Assertions.Expect(carer.GetByLabel("Email address")).ToHaveAccessibleDescriptionAsync(new Regex("Enter a correct email address and password"));
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Account/SignIn"));
        await carer.AssertAccessibleAsync("sign-in-suspended");

        // Restored, the carer signs in again.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Restore {carerEmail}" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Active");
        await carer.SignInAsync(carerEmail, CarerPassword);
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Carer"));
        await carer.ExpectSignedInAsAsync(carerEmail);

        // The admin looks back on what happened to the account, by the words on the page.
        await admin.GotoAsync("/Admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "See the security audit trail" }).ClickAsync();
        await admin.GetByLabel("Email address (who acted, or who it was about)").FillAsync(carerEmail);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Show events" }).ClickAsync();
        var events = admin.GetByRole(AriaRole.Table);
        await Assertions.Expect(events).ToContainTextAsync("Account suspended");
        await Assertions.Expect(events).ToContainTextAsync("Account restored");
        await Assertions.Expect(events).ToContainTextAsync("Sign-in refused");
        await Assertions.Expect(events).ToContainTextAsync("The account is suspended");
        await admin.AssertAccessibleAsync("admin-audit-trail");
    }
}
