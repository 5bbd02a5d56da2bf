using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;
using CareMatch.SharedKernel.Time;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// "Spend on personal budgets" through the pages: a council offers budgets, people agree to them,
/// and the commissioner sees the sums only once 5 are agreed; the CSV says the same; each budget's
/// balance held is on the budgets list; a seeker is refused and another council sees only its own.
/// </summary>
public sealed class CouncilSpendingPageTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private const string NotShown = "Not shown (fewer than 5)";

    [Fact]
    public async Task The_sums_appear_once_5_budgets_are_agreed_and_the_csv_agrees()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var today = DateOnly.FromDateTime(UkCalendar.ToUkTime(DateTimeOffset.UtcNow).DateTime);
        var caseRefs = Enumerable.Range(1, 6).Select(n => $"SP-{Guid.NewGuid():N}"[..12] + n).ToList();
        for (var i = 0; i < caseRefs.Count; i++)
        {
            var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
            Assert.Equal(HttpStatusCode.Redirect, (await CouncilSetup.OfferBudgetAsync(commissioner, email, caseRefs[i], "480.00", today, today.AddYears(1))).StatusCode);
            // The sixth is only offered: an offer holds no money.
            if (i < 5) await factory.AgreeToBudgetAsync(await factory.SignedInAsync(email), caseRefs[i]);
            if (i == 3)
            {
                var four = await SpendPageAsync();
                Assert.All(new[] { "agreed", "allocated", "spent", "left" }, id => Assert.Equal(NotShown, Cell(four, id)));
            }
        }

        var page = await SpendPageAsync();
        Assert.Equal("5", Cell(page, "agreed"));
        Assert.Equal("£2,400", Cell(page, "allocated"));
        Assert.Equal("£0 (0% of allocated)", Cell(page, "spent"));
        Assert.Equal("£0", Cell(page, "committed"));
        Assert.Equal("£2,400", Cell(page, "left"));
        Assert.Equal("0% (0 of 5)", Cell(page, "directing"));
        Assert.Equal("5", Cell(page, "no-care-ahead"));
        Assert.All(new[] { "held-under-4", "held-4-to-8", "held-over-8", "ended" }, id => Assert.Equal("0", Cell(page, id)));

        var csv = await commissioner.Client.GetAsync("/Commissioner/Spend?handler=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var rows = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Council,As of,Measure,Value,Out of,Per cent", rows[0]);
        Assert.Contains(rows, r => r.EndsWith(",Budgets agreed,5,,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.EndsWith(",Spent (£),0.00,2400.00,0.0", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.EndsWith(",No care booked ahead,5,,", StringComparison.Ordinal));

        var budgets = WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync("/Commissioner/Budgets"));
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(budgets, "None booked<br /><strong class=\"govuk-tag govuk-tag--yellow\">No care booked ahead: check</strong>").Count);

        var (seekerEmail, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(seekerEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync("/Commissioner/Spend")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync("/Commissioner/Spend?handler=Csv")).StatusCode);
        var other = await factory.CommissionerOfNewCouncilAsync();
        Assert.Equal("0", Cell(WebUtility.HtmlDecode(await other.Client.GetStringAsync("/Commissioner/Spend")), "agreed"));

        async Task<string> SpendPageAsync() => WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync("/Commissioner/Spend"));
    }

    private static string Cell(string page, string testId)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, $"data-testid=\"{testId}\">([^<]*)<");
        Assert.True(match.Success, $"no {testId} on the page");
        return match.Groups[1].Value.Trim();
    }
}
