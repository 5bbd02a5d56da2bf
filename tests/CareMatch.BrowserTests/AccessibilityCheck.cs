using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

public static class AccessibilityCheck
{
    /// <summary>
    /// Runs axe-core on the page as it is now and fails on any serious or critical violation,
    /// naming the rule and the elements. Saves a screenshot so a person can look at the page too.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"{name}.png"), FullPage = true });
        var results = await page.RunAxe();
        Assert.NotEmpty(results.Passes); // axe really ran its rules on this page
        var blocking = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => (v.Id, v.Impact, v.Help, Nodes: v.Nodes.Where(n => !IsGovukConditionalRadio(v.Id, n.Html)).ToList()))
            .Where(v => v.Nodes.Count > 0)
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"{name} ({page.Url}) has accessibility violations:\n{string.Join("\n", blocking)}");
    }

    /// <summary>
    /// GOV.UK Frontend sets aria-expanded on a radio that reveals content. ARIA does not allow it on
    /// a radio, but GOV.UK keeps it on purpose because screen readers announce it (their known issue,
    /// alphagov/govuk-frontend#979). Only that rule, on those radios, is let through.
    /// </summary>
    private static bool IsGovukConditionalRadio(string rule, string? html) =>
        rule == "aria-allowed-attr" && html is not null
        && html.Contains("govuk-radios__input", StringComparison.Ordinal) && html.Contains("aria-controls=\"conditional-", StringComparison.Ordinal);
}
