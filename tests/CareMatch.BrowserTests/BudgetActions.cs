using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>A council's personal budget offered by its commissioner and agreed by the seeker, through both people's pages.</summary>
public static class BudgetActions
{
    /// <summary>The commissioner offers £480 every 4 weeks for a year to a signed-in seeker, who agrees on their own page; the council's list shows it.</summary>
    public static async Task OfferABudgetThatIsAgreedAsync(this IPage commissioner, IPage seeker, string seekerEmail, string caseReference)
    {
        await commissioner.GotoAsync("/Commissioner");
        await commissioner.GetByRole(AriaRole.Link, new() { Name = "Personal budgets: offer one, and see what is allocated, committed, spent and left" }).ClickAsync();
        await commissioner.AssertAccessibleAsync("commissioner-budgets-none");
        await commissioner.GetByRole(AriaRole.Button, new() { Name = "Offer a personal budget" }).ClickAsync();
        await commissioner.GetByRole(AriaRole.Button, new() { Name = "Offer the budget" }).ClickAsync();
        await Assertions.Expect(commissioner.ErrorSummary()).ToContainTextAsync("Enter your council's case reference for this person");
        await commissioner.AssertAccessibleAsync("commissioner-offer-budget-errors");
        var today = DateTime.UtcNow;
        await commissioner.GetByLabel("Email address of their CareMatch account").FillAsync(seekerEmail);
        await commissioner.GetByLabel("Your council's case reference").FillAsync(caseReference);
        await commissioner.GetByLabel("Amount every 4 weeks, in pounds").FillAsync("480");
        await FillDateAsync(commissioner, "Input_StartsOn", today);
        await FillDateAsync(commissioner, "Input_EndsOn", today.AddYears(1));
        await commissioner.GetByRole(AriaRole.Button, new() { Name = "Offer the budget" }).ClickAsync();
        await Assertions.Expect(commissioner.GetByTestId("budget")).ToContainTextAsync(caseReference);
        await Assertions.Expect(commissioner.GetByTestId("budget")).ToContainTextAsync("Waiting for agreement");

        await seeker.GotoAsync("/Seeker");
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Your personal budget, if your council funds your care" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("budget-offer")).ToContainTextAsync("offers to pay for your care from a personal budget of £480 every 4 weeks");
        await seeker.AssertAccessibleAsync("seeker-budget-offered");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Agree to the budget" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("budget-allocated")).ToHaveTextAsync("£480");
        await seeker.AssertAccessibleAsync("seeker-budget-agreed");

        await commissioner.ReloadAsync();
        await Assertions.Expect(commissioner.GetByTestId("budget")).ToContainTextAsync("In use");
        await commissioner.AssertAccessibleAsync("commissioner-budgets");
    }

    private static async Task FillDateAsync(IPage page, string idPrefix, DateTime date)
    {
        await page.Locator($"#{idPrefix}_Day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{idPrefix}_Month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{idPrefix}_Year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
