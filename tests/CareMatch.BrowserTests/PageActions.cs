using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>What a person does again and again, done the way they do it: by labels and buttons.</summary>
public static class PageActions
{
    public const string SeekerChoice = "I am looking for care, for myself or someone I look after";
    public const string CarerChoice = "I am a carer offering care";

    /// <summary>A page's address on this site, with or without a query string.</summary>
    public static Regex At(string path) => new($"^https?://[^/]+{Regex.Escape(path)}([?#].*)?$", RegexOptions.IgnoreCase);

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    /// <summary>Fills in and sends the sign-up form; lands on the sign-in page.</summary>
    public static async Task RegisterAsync(this IPage page, string choice, string email, string password)
    {
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel(choice).CheckAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Create a password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We have sent you an email");
    }

    /// <summary>Fills in and sends the sign-in form on the page as it is (opens it first if it is not showing).</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        if (!page.Url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase)) await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Expects the header to say who is signed in.</summary>
    public static Task ExpectSignedInAsAsync(this IPage page, string email) =>
        Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })).ToContainTextAsync($"Signed in as {email}");

    /// <summary>
    /// For what a background job fills in: reloads the page (as a person would) until the
    /// element says <paramref name="text"/>, for up to <paramref name="seconds"/> seconds. Each
    /// reload waits for the jobs already set going to finish (and, after the first, for a pause
    /// that grows to half a second, for what only a task's schedule brings).
    /// </summary>
    public static async Task ReloadUntilAsync(this IPage page, ILocator element, string text, int seconds = 15)
    {
        var app = BrowserApp.Of(page);
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var pause = TimeSpan.Zero;
        while (!(await element.InnerTextAsync()).Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(pause);
            await app.BackgroundJobsDoneAsync();
            await page.ReloadAsync();
            pause = TimeSpan.FromMilliseconds(Math.Clamp(pause.TotalMilliseconds * 2, 50, 500));
        }
        await Assertions.Expect(element).ToContainTextAsync(text);
    }

    /// <summary>The error summary at the top of a form that came back with problems.</summary>
    public static ILocator ErrorSummary(this IPage page) => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
}
