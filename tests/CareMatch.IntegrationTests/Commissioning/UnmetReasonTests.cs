using System.Net;
using CareMatch.Matching.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// Why need goes unmet, from the matching engine's reasons as Matching publishes them: the latest
/// look at each request stands (an older one arriving late does not undo it), the reasons add up
/// to the requests waiting more than 28 days, and small counts are hidden together.
/// </summary>
public sealed class UnmetReasonTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private readonly CommissioningEvents _events = new(factory);

    [Fact]
    public async Task The_commissioner_sees_why_requests_wait_with_the_busiest_missed_time_and_small_counts_hidden_on_the_page_and_in_the_csv()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        var posted = DateTimeOffset.UtcNow.AddDays(-40);
        for (var i = 0; i < 6; i++)
        {
            var request = await _events.PostedAsync(district, posted);
            // An older look, delivered after the newer one, changes nothing.
            await _events.PublishAsync(new OpenRequestMatchChecked(request, 9, 0, "Availability", "Tuesday mornings") { OccurredAt = posted.AddDays(2) });
            await _events.PublishAsync(new OpenRequestMatchChecked(request, 9, 0, "Budget", null) { OccurredAt = posted.AddDays(1) });
        }
        for (var i = 0; i < 5; i++)
        {
            var request = await _events.PostedAsync(district, posted);
            await _events.PublishAsync(new OpenRequestMatchChecked(request, 0, 0, OpenRequestMatchChecked.NoCarerNearby, null) { OccurredAt = posted.AddHours(1) });
        }
        var couldBeTaken = await _events.PostedAsync(district, posted);
        await _events.PublishAsync(new OpenRequestMatchChecked(couldBeTaken, 4, 2, null, null) { OccurredAt = posted.AddHours(1) });
        await _events.PostedAsync(district, posted); // never looked at

        var page = WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync("/Commissioner/Unmet"));
        var why = page[page.IndexOf("data-testid=\"why\"", StringComparison.Ordinal)..page.IndexOf("Back to your council", StringComparison.Ordinal)];

        Assert.Contains("No carer works this far</th>", why, StringComparison.Ordinal);
        Assert.Contains("No carer nearby is free at the times asked (most often Tuesday mornings)</th>", why, StringComparison.Ordinal);
        Assert.DoesNotContain("charge more than the budget", why, StringComparison.Ordinal);
        // 5 and 6 are shown; the 1 that could be taken and the 1 not looked at add up to 2, so the next smallest (5) is hidden too.
        Assert.Equal(["Not shown", "6", "Not shown", "Not shown"], System.Text.RegularExpressions.Regex.Matches(why, "data-testid=\"why-count\">([^<]+)<").Select(m => m.Groups[1].Value));
        Assert.Contains("data-testid=\"over-28\">13<", page, StringComparison.Ordinal);

        // The same figures as a spreadsheet, hidden ones written "suppressed".
        Assert.Contains("data-testid=\"csv\" href=\"/Commissioner/Unmet?handler=Csv\"", page, StringComparison.Ordinal);
        var download = await commissioner.Client.GetAsync("/Commissioner/Unmet?handler=Csv");
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("carematch-unmet-", download.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var csv = System.Text.Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("Council,As of,District,Measure,Value,Most often missed", csv[0]);
        Assert.Matches(@"^Council [0-9a-f]{32},\d{4}-\d{2}-\d{2} \d{2}:\d{2}," + district + ",Requests waiting 8 to 28 days,", csv[1]);
        Assert.EndsWith($",{district},Requests waiting more than 28 days,13,", csv[2], StringComparison.Ordinal);
        Assert.EndsWith($",{district},Hours a week asked by requests waiting more than 7 days,13,", csv[3], StringComparison.Ordinal);
        Assert.EndsWith(",All,Requests waiting more than 28 days,13,", csv[5], StringComparison.Ordinal);
        Assert.Contains(csv, row => row.EndsWith(",All,Waiting more than 28 days because: No carer works this far,suppressed,", StringComparison.Ordinal));
        Assert.Contains(csv, row => row.EndsWith(",All,Waiting more than 28 days because: No carer nearby is free at the times asked,6,Tuesday mornings", StringComparison.Ordinal));
    }
}
