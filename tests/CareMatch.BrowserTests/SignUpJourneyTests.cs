using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>What a person does on day one: arrive, sign up, sign in, and see a home page made for them.</summary>
public sealed partial class SignUpJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_carer_signs_up_signs_in_and_finds_their_draft_profile_on_the_home_page()
    {
        var page = await app.NewPageAsync();
        var email = $"carer-{Guid.NewGuid():N}@example.test";

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Care at home, from carers near you");
        await page.AssertAccessibleAsync("home-visitor");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).First.ClickAsync();
        await page.AssertAccessibleAsync("register");
        await page.GetByLabel("I am a carer offering care").CheckAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Create a password").FillAsync("a long enough password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(SignInAfterRegistration());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your account has been created");
        await page.AssertAccessibleAsync("sign-in-after-registration");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("a long enough password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // The draft profile arrives through the outbox and the job server, so allow it a moment.
        var status = page.GetByTestId("carer-profile-status");
        for (var attempt = 0; attempt < 20 && !(await status.InnerTextAsync()).Contains("draft", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Assertions.Expect(status).ToContainTextAsync("Your profile is a draft");
        await page.AssertAccessibleAsync("home-carer");
    }

    [Fact]
    public async Task Bad_sign_up_details_are_shown_in_an_error_summary_that_links_to_each_field()
    {
        var page = await app.NewPageAsync(width: 375);

        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Email address").FillAsync("not-an-email");
        await page.GetByLabel("Create a password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("There is a problem");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Password must be at least 8 characters" })).ToHaveAttributeAsync("href", "#Input_Password");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Select whether you are looking for care or offering care" })).ToBeVisibleAsync();
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter an email address in the correct format, like name@example.com" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync("register-errors-phone");
    }

    [GeneratedRegex("/Account/SignIn\\?registered=True$")]
    private static partial Regex SignInAfterRegistration();
}
