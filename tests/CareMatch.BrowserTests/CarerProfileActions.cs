using System.Globalization;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>What a carer does to complete a profile, by labels and buttons, and the small files they upload.</summary>
public static class CarerProfileActions
{
    public static FilePayload Pdf(string name) => new()
    {
        Name = name,
        MimeType = "application/pdf",
        Buffer = CareMatch.Web.Infrastructure.Demo.DemoEvidencePdf.Bytes,
    };

    public static FilePayload Png(string name) => new()
    {
        Name = name,
        MimeType = "image/png",
        // A real 1x1 PNG: photos are decoded and re-encoded, so a bare signature no longer passes.
        Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
    };

    /// <summary>A Windows program's first bytes, named like a photo.</summary>
    public static FilePayload ExecutableNamedJpg() => new()
    {
        Name = "me.jpg",
        MimeType = "image/jpeg",
        Buffer = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, .. "This program cannot be run in DOS mode"u8.ToArray()],
    };

    public static Task SaveCarerFormAsync(this IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

    public static async Task FillCarerDateAsync(this ILocator group, DateOnly date)
    {
        await group.GetByLabel("Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    public static async Task FillWeeklySlotAsync(this IPage page, int row, string day, string start, string end)
    {
        var slot = page.GetByRole(AriaRole.Group, new() { Name = $"Weekly slot {row}", Exact = true });
        await slot.GetByLabel("Day").SelectOptionAsync(day);
        await slot.GetByLabel("Start").FillAsync(start);
        await slot.GetByLabel("End").FillAsync(end);
    }

    /// <summary>Opens a check's upload page from the checks list, fills what it asks, attaches a PDF and sends it.</summary>
    /// <summary>
    /// From the carer's home page: "Getting paid", then the app's own test onboarding, which stands
    /// in for Stripe's pages when no keys are set; back home with payouts ready.
    /// </summary>
    /// <summary>Onboards on the fake Stripe's hosted page, which sends the carer back here, ready to be paid.</summary>
    public static async Task SetUpStripePayoutsAsync(this IPage carer)
    {
        await carer.GetByRole(AriaRole.Link, new() { Name = "Getting paid" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("test-payments")).ToHaveCountAsync(0);
        await Assertions.Expect(carer.GetByTestId("payout-status")).ToContainTextAsync("Not set up");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Set up payouts with Stripe" }).ClickAsync();
        await Assertions.Expect(carer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fake Stripe: set up payouts");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Finish onboarding" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("payout-status")).ToContainTextAsync("Ready");
        await carer.AssertAccessibleAsync("stripe-payouts-ready");
        await carer.GetByRole(AriaRole.Link, new() { Name = "Back to your work" }).ClickAsync();
    }

    public static async Task SetUpTestPayoutsAsync(this IPage carer, string? screenshotsAs = null)
    {
        await carer.GetByRole(AriaRole.Link, new() { Name = "Getting paid" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("test-payments")).ToContainTextAsync("Test payments: no real money moves");
        await Assertions.Expect(carer.GetByTestId("payout-status")).ToContainTextAsync("Not set up");
        if (screenshotsAs is not null) await carer.AssertAccessibleAsync($"{screenshotsAs}-not-set-up");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Set up payouts with Stripe" }).ClickAsync();
        if (screenshotsAs is not null) await carer.AssertAccessibleAsync($"{screenshotsAs}-test-onboarding");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Finish setting up test payouts" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("payout-status")).ToContainTextAsync("Ready");
        if (screenshotsAs is not null) await carer.AssertAccessibleAsync($"{screenshotsAs}-ready");
        await carer.GetByRole(AriaRole.Link, new() { Name = "Back to your work" }).ClickAsync();
    }

    public static async Task SendCheckAsync(this IPage page, string name, Func<IPage, Task> fill)
    {
        await page.GotoAsync("/Carer/Credentials");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Upload {name}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await fill(page);
        await page.GetByLabel("Upload your evidence").SetInputFilesAsync(Pdf($"{name}.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for checking" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(PageActions.At("/Carer/Credentials"));
    }
}
