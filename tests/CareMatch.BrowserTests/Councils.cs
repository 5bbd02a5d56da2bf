using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>A council set up by the admin and its commissioner signed in, the shortest way through the pages.</summary>
public static class Councils
{
    public const string CommissionerPassword = "commissioner long passphrase";

    /// <summary>A new council covering LS1 and LS2, and its commissioner (invited by email, password set, signed in), left on their home page.</summary>
    public static async Task<(IPage Page, string Email)> CommissionerOfNewCouncilAsync(this BrowserApp app)
    {
        var council = $"Council {Guid.NewGuid():N}"[..20];
        var email = PageActions.NewEmail("commissioner");
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);
        await admin.GotoAsync("/Admin/Councils/Create");
        await admin.GetByLabel("Council name").FillAsync(council);
        await admin.GetByLabel("Postcode districts in its area").FillAsync("LS1, LS2");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add council" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Invite a commissioner to {council}" }).ClickAsync();
        await admin.GetByLabel("Their work email address").FillAsync(email);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync($"We have emailed an invitation to {email}");

        var commissioner = await app.NewPageAsync();
        await commissioner.GotoAsync((await app.LatestEmailAsync(email, "You are invited to CareMatch")).Link.ToString());
        await commissioner.GetByLabel("Create a password").FillAsync(CommissionerPassword);
        await commissioner.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await commissioner.SignInAsync(email, CommissionerPassword);
        await commissioner.ReloadUntilAsync(commissioner.GetByTestId("commissioner-council"), $"You see figures for {council} only");
        return (commissioner, email);
    }
}
