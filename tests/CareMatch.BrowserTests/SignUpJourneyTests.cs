using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>What a person does on day one: arrive, sign up, sign in, and see a home page made for them.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SignUpJourneyTests(BrowserApp app)
{
    private const string Password = "a long enough password";

    [Fact]
    public async Task A_carer_signs_up_signs_in_and_finds_their_draft_profile_on_the_home_page()
    {
        var page = await app.NewPageAsync();
        var email = PageActions.NewEmail("carer");

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Care at home, from carers near you");
        await page.AssertAccessibleAsync("home-visitor");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).First.ClickAsync();
        await page.AssertAccessibleAsync("register");
        await page.GetByLabel(PageActions.CarerChoice).CheckAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Create a password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(SignInAfterRegistration());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We have sent you an email");
        await page.AssertAccessibleAsync("sign-in-after-registration");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(PageActions.At("/Carer"));
        await page.ExpectSignedInAsAsync(email);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your carer profile");
        // The draft profile arrives through the outbox and the job server, so allow it a moment.
        await page.ReloadUntilAsync(page.GetByTestId("carer-profile-status"), "Your profile is a draft");
        await page.AssertAccessibleAsync("home-carer");
    }

    [Fact]
    public async Task A_seeker_signs_up_signs_in_and_confirms_their_email_address_from_the_link_they_were_sent()
    {
        var page = await app.NewPageAsync();
        var email = PageActions.NewEmail("seeker");

        await page.RegisterAsync(PageActions.SeekerChoice, email, Password);
        await page.SignInAsync(email, Password);

        await Assertions.Expect(page).ToHaveURLAsync(PageActions.At("/Seeker"));
        await page.ExpectSignedInAsAsync(email);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Find care at home");
        await Assertions.Expect(page.GetByTestId("seeker-next-step")).ToBeVisibleAsync();
        var banner = page.GetByRole(AriaRole.Region, new() { Name = "Important" });
        await Assertions.Expect(banner).ToContainTextAsync("Confirm your email address");
        await Assertions.Expect(banner).ToContainTextAsync(email);
        await page.AssertAccessibleAsync("home-seeker-unconfirmed");

        var confirmation = await app.LatestEmailAsync(email, "Confirm your email address for CareMatch");
        Assert.Equal("/Account/ConfirmEmail", confirmation.Link.AbsolutePath);
        await page.GotoAsync(confirmation.Link.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Email address confirmed");
        await page.AssertAccessibleAsync("email-confirmed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to your home page" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(PageActions.At("/Seeker"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Find care at home");
        await Assertions.Expect(page.GetByText("Confirm your email address")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("home-seeker-confirmed");
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
