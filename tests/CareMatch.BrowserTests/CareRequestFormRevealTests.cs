using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CareMatch.BrowserTests;

/// <summary>
/// The request form shows only the "when" section that applies: one visit, or visits every week.
/// With JavaScript off, both are shown and the server reads only the one chosen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CareRequestFormRevealTests(BrowserApp app, ITestOutputHelper output)
{
    private const string Password = "a long enough password";

    [Fact]
    public async Task Choosing_how_often_reveals_only_that_section()
    {
        var page = await app.NewPageAsync();
        await NewRequestFormAsync(page);
        var oneVisitDate = page.Locator("#Input_VisitDate_Day");
        var weeklyStart = page.Locator("#Input_StartDate_Day");
        output.WriteLine($"Nothing chosen: {await HeightAsync(page)} px");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "care-request-new-nothing-chosen.png"), FullPage = true });
        await Assertions.Expect(oneVisitDate).ToBeHiddenAsync();
        await Assertions.Expect(weeklyStart).ToBeHiddenAsync();

        await page.GetByLabel("Visits every week").CheckAsync();
        await Assertions.Expect(weeklyStart).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_Slots_0__Day")).ToBeVisibleAsync();
        await Assertions.Expect(oneVisitDate).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Visits every week")).ToHaveAttributeAsync("aria-expanded", "true");
        output.WriteLine($"Weekly chosen: {await HeightAsync(page)} px");
        await page.AssertAccessibleAsync("care-request-new-weekly");

        await page.GetByLabel("One visit", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(oneVisitDate).ToBeVisibleAsync();
        await Assertions.Expect(weeklyStart).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#Input_Slots_0__Day")).ToBeHiddenAsync();
        output.WriteLine($"One visit chosen: {await HeightAsync(page)} px");
        await page.AssertAccessibleAsync("care-request-new-one-visit");
    }

    [Fact]
    public async Task Without_JavaScript_both_sections_are_shown()
    {
        // Signed in with JavaScript on, then the same cookies in a browser with it off.
        var signedIn = await app.NewPageAsync();
        await NewRequestFormAsync(signedIn);
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            JavaScriptEnabled = false,
            StorageState = await signedIn.Context.StorageStateAsync(),
            ViewportSize = new ViewportSize { Width = 1024, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Seeker/Requests/New");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ask for care");

        await Assertions.Expect(page.Locator("#Input_VisitDate_Day")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_StartDate_Day")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_Slots_0__Day")).ToBeVisibleAsync();
        // No evaluate or axe here: both run script, which this browser refuses.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "care-request-new-no-javascript.png"), FullPage = true });
        var box = await page.Locator("body").BoundingBoxAsync();
        output.WriteLine($"JavaScript off: {box?.Height} px");
    }

    private static async Task NewRequestFormAsync(IPage page)
    {
        var email = PageActions.NewEmail("reveal");
        await page.RegisterAsync(PageActions.SeekerChoice, email, Password);
        await page.SignInAsync(email, Password);
        await page.GotoAsync("/Seeker/Requests/New");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ask for care");
    }

    private static Task<int> HeightAsync(IPage page) => page.EvaluateAsync<int>("document.body.scrollHeight");
}
