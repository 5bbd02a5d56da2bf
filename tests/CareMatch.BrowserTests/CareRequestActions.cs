using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>Filling in a care request the way a seeker does: by labels, with the date and slot boxes by their field ids.</summary>
public static class CareRequestActions
{
    public static async Task FillWeeklyRequestAsync(this IPage page, DateOnly start)
    {
        await page.GetByLabel("My parent", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Their first name").FillAsync("Margaret");
        await page.GetByLabel("75 to 84", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Anything a carer should know (optional)").FillAsync("Key safe by the back door");
        await page.GetByLabel("Personal care", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Companionship", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Visits every week").CheckAsync();
        // Day, Month and Year are the labels of every date's boxes, so these go by id.
        await page.Locator("#Input_StartDate_Day").FillAsync(start.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Input_StartDate_Month").FillAsync(start.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Input_StartDate_Year").FillAsync(start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillSlotAsync(0, "Monday", "09:00", "10:30");
        await page.FillSlotAsync(1, "Thursday", "09:00", "10:00");
        await page.GetByLabel("Postcode").FillAsync("LS1 4AP");
        await page.GetByLabel("First line of the address").FillAsync("14 Hidden Lane");
        await page.GetByLabel("The most you will pay an hour, in pounds").FillAsync("22.50");
        await page.GetByLabel("I pay for it myself").CheckAsync();
    }

    public static async Task FillSlotAsync(this IPage page, int row, string day, string start, string end)
    {
        await page.Locator($"#Input_Slots_{row}__Day").SelectOptionAsync(day);
        await page.Locator($"#Input_Slots_{row}__Start").FillAsync(start);
        await page.Locator($"#Input_Slots_{row}__End").FillAsync(end);
    }
}
