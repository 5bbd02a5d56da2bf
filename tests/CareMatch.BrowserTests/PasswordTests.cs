using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>Forgetting, changing and giving up a password.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PasswordTests(BrowserApp app)
{
    private const string WrongDetails = "Enter a correct email address and password";

    [Fact]
    public async Task A_person_who_forgot_their_password_resets_it_from_the_emailed_link_and_signs_in_with_the_new_one()
    {
        var email = PageActions.NewEmail("forgetful");
        const string OldPassword = "the password I forgot";
        const string NewPassword = "a brand new passphrase";
        var page = await app.NewPageAsync();
        await page.RegisterAsync(PageActions.SeekerChoice, email, OldPassword);

        await page.GotoAsync("/Account/ForgotPassword");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reset your password");
        await page.AssertAccessibleAsync("forgot-password");
        await page.GetByLabel("Email address").FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.ErrorSummary().GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#Input_Email");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveAccessibleDescriptionAsync(new Regex("Enter an email address"));
        await page.AssertAccessibleAsync("forgot-password-errors");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your email");
        await page.AssertAccessibleAsync("forgot-password-sent");

        var reset = await app.LatestEmailAsync(email, "Reset your CareMatch password");
        Assert.Equal("/Account/ResetPassword", reset.Link.AbsolutePath);
        await page.GotoAsync(reset.Link.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Choose a new password");
        await page.AssertAccessibleAsync("reset-password");
        await page.GetByLabel("New password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save new password" }).ClickAsync();
        await Assertions.Expect(page.ErrorSummary()).ToContainTextAsync("Password must be at least 8 characters");
        await Assertions.Expect(page.GetByLabel("New password")).ToHaveAccessibleDescriptionAsync(new Regex("Password must be at least 8 characters"));
        await page.AssertAccessibleAsync("reset-password-errors");
        await page.GetByLabel("New password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save new password" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(PageActions.At("/Account/SignIn"));

        // The old password no longer works; the new one does.
        await page.SignInAsync(email, OldPassword);
        await Assertions.Expect(page.ErrorSummary()).ToContainTextAsync(WrongDetails);
        await page.AssertAccessibleAsync("sign-in-errors");
        await page.SignInAsync(email, NewPassword);
        await Assertions.Expect(page).ToHaveURLAsync(PageActions.At("/Seeker"));
        await page.ExpectSignedInAsAsync(email);
    }

    [Fact]
    public async Task A_signed_in_person_changes_their_password_then_deletes_their_account()
    {
        var email = PageActions.NewEmail("leaver");
        const string FirstPassword = "my first passphrase";
        const string SecondPassword = "my second passphrase";
        var page = await app.NewPageAsync();
        await page.RegisterAsync(PageActions.SeekerChoice, email, FirstPassword);
        await page.SignInAsync(email, FirstPassword);
        await Assertions.Expect(page).ToHaveURLAsync(PageActions.At("/Seeker"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Your account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your account");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(email);
        await page.AssertAccessibleAsync("manage-account");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change your password" }).ClickAsync();
        await page.AssertAccessibleAsync("change-password");
        await page.GetByLabel("Current password").FillAsync("not my password at all");
        await page.GetByLabel("New password").FillAsync(SecondPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.ErrorSummary().GetByRole(AriaRole.Link, new() { Name = "Your current password is not right" }))
            .ToHaveAttributeAsync("href", "#Input_CurrentPassword");
        await page.AssertAccessibleAsync("change-password-errors");
        await page.GetByLabel("Current password").FillAsync(FirstPassword);
        await page.GetByLabel("New password").FillAsync(SecondPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(PageActions.At("/Account/Manage"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your password has been changed");
        await page.ExpectSignedInAsAsync(email);
        await page.AssertAccessibleAsync("manage-account-password-changed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete your account" }).ClickAsync();
        await page.AssertAccessibleAsync("delete-account");
        await page.GetByLabel("Enter your password to confirm").FillAsync(FirstPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        await Assertions.Expect(page.ErrorSummary()).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Enter your password to confirm")).ToHaveAccessibleDescriptionAsync(new Regex("Enter your password to confirm"));
        await page.AssertAccessibleAsync("delete-account-errors");
        await page.GetByLabel("Enter your password to confirm").FillAsync(SecondPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();

        // Signed out, back at the front door, and the account is gone.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Care at home, from carers near you");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" }).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.SignInAsync(email, SecondPassword);
        await Assertions.Expect(page.ErrorSummary()).ToContainTextAsync(WrongDetails);
    }
}
