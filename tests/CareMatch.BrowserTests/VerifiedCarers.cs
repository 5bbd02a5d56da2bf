using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>A carer made bookable through the pages: profile, details, availability, payouts (test, or at the fake Stripe), five checks and an admin verifying each.</summary>
public static partial class VerifiedCarers
{
    private const string Password = "verified carer long passphrase";

    /// <summary>Profile, checks and an admin's verification, the shortest way through the pages.</summary>
    public static async Task<IPage> VerifiedCarerAsync(this BrowserApp app, string carerName, string skill, IReadOnlyList<(string Day, string Start, string End)> slots)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var carerEmail = PageActions.NewEmail("carer");
        var carer = await app.NewPageAsync();
        await carer.RegisterAsync(PageActions.CarerChoice, carerEmail, Password);
        await carer.SignInAsync(carerEmail, Password);
        await carer.ReloadUntilAsync(carer.GetByTestId("carer-profile-status"), "Not bookable yet");

        await carer.GetByRole(AriaRole.Link, new() { Name = "Add your name and home postcode" }).ClickAsync();
        await carer.GetByLabel("The name seekers will see").FillAsync(carerName);
        await carer.GetByLabel("Your home postcode").FillAsync("LS6 2AB");
        await carer.SaveCarerFormAsync();

        await carer.GetByRole(AriaRole.Link, new() { Name = "The care you give, how far you travel and your rate" }).ClickAsync();
        await carer.GetByLabel("Personal care").CheckAsync();
        await carer.GetByLabel("Companionship").CheckAsync();
        await carer.GetByLabel(skill, new() { Exact = true }).CheckAsync();
        await carer.GetByLabel("Languages you speak").FillAsync("English");
        await carer.GetByLabel("Female", new() { Exact = true }).CheckAsync();
        await carer.GetByLabel("How far will you travel from home, in kilometres?").FillAsync("15");
        await carer.GetByLabel("Your hourly rate, in pounds").FillAsync("19");
        await carer.SaveCarerFormAsync();
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Carer"));

        await carer.GetByRole(AriaRole.Link, new() { Name = "When you work" }).ClickAsync();
        for (var i = 0; i < slots.Count; i++)
        {
            await carer.FillWeeklySlotAsync(i + 1, slots[i].Day, slots[i].Start, slots[i].End);
        }

        await carer.SaveCarerFormAsync();
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Carer"));

        if (app.Stripe is null) await carer.SetUpTestPayoutsAsync();
        else await carer.SetUpStripePayoutsAsync();

        await carer.SendCheckAsync("Enhanced DBS check", async page =>
        {
            await page.GetByLabel("Certificate number").FillAsync("001234567890");
            await page.GetByRole(AriaRole.Group, new() { Name = "Date of issue" }).FillCarerDateAsync(today.AddMonths(-8));
            await page.GetByLabel("This certificate is on the DBS update service").CheckAsync();
        });
        await carer.SendCheckAsync("Right to work", _ => Task.CompletedTask);
        await carer.SendCheckAsync("Public liability insurance", page =>
            page.GetByRole(AriaRole.Group, new() { Name = "When does your cover end?" }).FillCarerDateAsync(today.AddMonths(10)));
        await carer.SendCheckAsync("First reference", page => page.GetByLabel("Who gave the reference?").FillAsync("Pat Jones"));
        await carer.SendCheckAsync("Second reference", page => page.GetByLabel("Who gave the reference?").FillAsync("Chris Lee"));

        var admin = await app.NewPageAsync();
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Verify carers' checks" }).ClickAsync();
        await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = carerEmail }).GetByRole(AriaRole.Link, new() { Name = carerName }).ClickAsync();
        Assert.Matches(ReviewPage(), admin.Url);
        foreach (var check in new[] { "Enhanced DBS check", "Right to work", "Public liability insurance", "First reference", "Second reference" })
        {
            await admin.GetByRole(AriaRole.Button, new() { Name = $"Verify {check}" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = $"Verify {check}" })).ToHaveCountAsync(0);
        }
        await Assertions.Expect(admin.GetByTestId("carer-bookable")).ToContainTextAsync("Bookable");
        return carer;
    }

    [GeneratedRegex("/Admin/Carers/Review/[0-9a-f-]{36}")]
    private static partial Regex ReviewPage();
}
