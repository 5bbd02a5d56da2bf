using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

public static class AccessibilityCheck
{
    /// <summary>
    /// Every rule still runs and every violation comes back with all its elements; passes and the
    /// other result types name one element each, which is all this check reads of them.
    /// </summary>
    private static readonly AxeRunOptions ViolationsInFull = new() { ResultTypes = new HashSet<ResultType> { ResultType.Violations } };

    /// <summary>
    /// Runs axe-core on the page as it is now and fails on any serious or critical violation,
    /// naming the rule and the elements. Saves a screenshot so a person can look at the page too.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"{name}.png"), FullPage = true });
        // axe in the page itself ("legacy" mode): the default opens a blank page for every check to
        // gather results across frames, and these pages have no frames. Same rules and violations,
        // measured at about a fifth of the time on the 2-core machine. Marked obsolete as "to be
        // removed in the future": the package version is pinned, so an upgrade that removes it
        // fails to build here rather than changing what is checked.
#pragma warning disable CS0618
        var results = await page.RunAxeLegacy((AxeRunContext?)null, ViolationsInFull);
#pragma warning restore CS0618
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
