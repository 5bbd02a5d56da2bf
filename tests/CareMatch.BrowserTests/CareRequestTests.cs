using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>A seeker asks for weekly care, gets it wrong once, publishes it, then changes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CareRequestTests(BrowserApp app)
{
    private const string Password = "a long enough password";

    [Fact]
    public async Task A_seeker_posts_a_weekly_request_and_edits_it()
    {
        var page = await app.NewPageAsync();
        var email = PageActions.NewEmail("seeker");
        await page.RegisterAsync(PageActions.SeekerChoice, email, Password);
        await page.SignInAsync(email, Password);
        await Assertions.Expect(page).ToHaveURLAsync(PageActions.At("/Seeker"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Ask for care" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ask for care");
        await page.AssertAccessibleAsync("care-request-new");

        // Wrong first: an unknown postcode, a rate of nothing and a visit that ends before it starts.
        await page.FillWeeklyRequestAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7));
        await page.GetByLabel("Postcode").FillAsync("ZZ9 9ZZ");
        await page.GetByLabel("The most you will pay an hour, in pounds").FillAsync("0");
        await page.FillSlotAsync(1, "Thursday", "10:00", "09:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish request" }).ClickAsync();
        var summary = page.ErrorSummary();
        await Assertions.Expect(summary).ToContainTextAsync("We don't recognise that postcode");
        await Assertions.Expect(summary).ToContainTextAsync("The hourly rate must be more than £0");
        await Assertions.Expect(summary).ToContainTextAsync("The visit must end after it starts");
        await page.AssertAccessibleAsync("care-request-new-errors");

        await page.GetByLabel("Postcode").FillAsync("LS1 4AP");
        await page.GetByLabel("The most you will pay an hour, in pounds").FillAsync("22.50");
        await page.FillSlotAsync(1, "Thursday", "09:00", "10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish request" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("request-status")).ToHaveTextAsync("Published");
        await Assertions.Expect(page.GetByTestId("slots")).ToContainTextAsync("Monday, 9am to 10:30am");
        await Assertions.Expect(page.GetByTestId("hourly-rate")).ToHaveTextAsync("£22.50 an hour");
        await page.AssertAccessibleAsync("care-request-details");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change request" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("The most you will pay an hour, in pounds")).ToHaveValueAsync("22.50");
        await page.AssertAccessibleAsync("care-request-edit");
        await page.GetByLabel("The most you will pay an hour, in pounds").FillAsync("25");
        await page.FillSlotAsync(2, "Saturday", "18:00", "19:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("hourly-rate")).ToHaveTextAsync("£25 an hour");
        await Assertions.Expect(page.GetByTestId("slots")).ToContainTextAsync("Saturday, 6pm to 7pm");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to your care requests" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("my-requests")).ToContainTextAsync("Margaret");
        await Assertions.Expect(page.GetByTestId("my-requests")).ToContainTextAsync("Published");
        await page.AssertAccessibleAsync("seeker-home-with-request");
    }
}
