using System.Globalization;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>A new seeker who has published a request for one visit, the shortest way through the pages.</summary>
public static class OneVisitRequests
{
    public const string SeekerPassword = "one visit seeker passphrase";

    /// <summary>A new seeker with one published one-off request needing <paramref name="skill"/>, left on the request's page.</summary>
    public static async Task<IPage> SeekerWithOneVisitAsync(this BrowserApp app, string skill, DateOnly date, string start, string end, string? email = null)
    {
        var seeker = await app.NewPageAsync();
        email ??= PageActions.NewEmail("seeker");
        await seeker.RegisterAsync(PageActions.SeekerChoice, email, SeekerPassword);
        await seeker.SignInAsync(email, SeekerPassword);
        await seeker.GotoAsync("/Seeker/Requests/New");
        await seeker.FillWeeklyRequestAsync(date);
        await seeker.GetByLabel("One visit").CheckAsync();
        await seeker.Locator("#Input_VisitDate_Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await seeker.Locator("#Input_VisitDate_Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await seeker.Locator("#Input_VisitDate_Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
        await seeker.Locator("#Input_VisitStart").FillAsync(start);
        await seeker.Locator("#Input_VisitEnd").FillAsync(end);
        await seeker.GetByRole(AriaRole.Group, new() { Name = "Skills the carer must have (optional)" }).GetByLabel(skill).CheckAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Publish request" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("request-status")).ToHaveTextAsync("Published");
        return seeker;
    }

    /// <summary>A visit tomorrow by the app's clock, UK time, 10:00 to 11:00.</summary>
    public static (DateOnly Date, string Start, string End) VisitTomorrow(this BrowserApp app)
    {
        var uk = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        return (DateOnly.FromDateTime(uk.DateTime).AddDays(1), "10:00", "11:00");
    }
}
