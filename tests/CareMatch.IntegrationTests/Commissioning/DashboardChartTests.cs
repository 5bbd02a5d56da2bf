using System.Net;
using System.Text.RegularExpressions;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>The commissioner's charts are drawn from the same figures as the tables beside them, week by week and district by district, and the weekly figures are in the CSV.</summary>
public sealed partial class DashboardChartTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private readonly CommissioningEvents _events = new(factory);

    [Fact]
    public async Task The_weekly_chart_and_its_table_show_the_same_figures_which_add_up_to_the_period()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        var earlier = DateTimeOffset.UtcNow.AddDays(-20);
        for (var i = 0; i < 12; i++)
        {
            var request = await _events.PostedAsync(district, earlier);
            if (i < 7) await _events.DeliveredAsync(request, earlier.AddDays(3));
        }
        for (var i = 0; i < 6; i++) await _events.PostedAsync(district, DateTimeOffset.UtcNow.AddDays(-10));

        var page = WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync("/Commissioner/Requests?weeks=4"));
        var chart = ChartWeek().Matches(page).ToDictionary(m => m.Groups["week"].Value, m => (m.Groups["posted"].Value, m.Groups["within"].Value));
        var table = TableWeek().Matches(page).ToDictionary(m => m.Groups["week"].Value, m => (m.Groups["posted"].Value, m.Groups["within"].Value));

        Assert.Equal(4, chart.Count);
        Assert.Equal(chart, table);
        Assert.Equal(18, chart.Values.Sum(v => int.Parse(v.Item1, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(("12", "7"), chart.Values);
        Assert.Contains(("6", "0"), chart.Values);

        var csv = await commissioner.Client.GetStringAsync("/Commissioner/Requests?handler=Csv&weeks=4");
        Assert.Matches(@",Requests posted in the week starting \d{4}-\d{2}-\d{2},12,,", csv);
    }

    [Fact]
    public async Task The_district_bars_and_map_show_the_waiting_figures_of_the_table()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        for (var i = 0; i < 7; i++) await _events.PostedAsync(district, DateTimeOffset.UtcNow.AddDays(-40));

        var page = WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync("/Commissioner/Unmet"));

        foreach (var chart in new[] { "district-bars", "district-map" })
        {
            var drawn = page[page.IndexOf($"data-testid=\"{chart}\"", StringComparison.Ordinal)..];
            Assert.Contains($"data-district=\"{district}\" data-waiting=\"7\"", drawn[..drawn.IndexOf("</figure>", StringComparison.Ordinal)], StringComparison.Ordinal);
        }
        var row = page[page.IndexOf($"data-testid=\"unmet-{district}\"", StringComparison.Ordinal)..];
        Assert.Contains("data-testid=\"over-28\">7<", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [GeneratedRegex("<g data-week=\"(?<week>[0-9-]+)\" data-posted=\"(?<posted>[^\"]+)\" data-within-7=\"(?<within>[^\"]+)\"")]
    private static partial Regex ChartWeek();

    [GeneratedRegex("<tr class=\"govuk-table__row\" data-week=\"(?<week>[0-9-]+)\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*data-testid=\"week-posted\">(?<posted>[^<]+)</td>\\s*<td[^>]*data-testid=\"week-within-7\">(?<within>[^<]+)</td>")]
    private static partial Regex TableWeek();
}
