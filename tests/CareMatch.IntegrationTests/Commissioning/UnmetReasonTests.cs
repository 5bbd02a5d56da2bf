using System.Net;
using System.Text.RegularExpressions;
using CareMatch.Matching.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// Why need goes unmet, from the matching engine's reasons as Matching publishes them: the latest
/// look at each request stands (an older one arriving late does not undo it), the reasons add up
/// to the requests waiting more than 28 days, and small counts are hidden together. The filters (no
/// period: it is a snapshot) narrow the rows, the total and the reasons alike, on the page and in the CSV.
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
        Assert.Equal("Council,As of,District,Kind of care,Age band,Funding,Measure,Value,Most often missed", csv[0]);
        Assert.Matches(@"^Council [0-9a-f]{32},\d{4}-\d{2}-\d{2} \d{2}:\d{2}," + district + ",All,All,All,Requests waiting 8 to 28 days,", csv[1]);
        Assert.EndsWith($",{district},All,All,All,Requests waiting more than 28 days,13,", csv[2], StringComparison.Ordinal);
        Assert.EndsWith($",{district},All,All,All,Hours a week asked by requests waiting more than 7 days,13,", csv[3], StringComparison.Ordinal);
        Assert.EndsWith(",All,All,All,All,Requests waiting more than 28 days,13,", csv[5], StringComparison.Ordinal);
        Assert.Contains(csv, row => row.EndsWith(",All,All,All,All,Waiting more than 28 days because: No carer works this far,suppressed,", StringComparison.Ordinal));
        Assert.Contains(csv, row => row.EndsWith(",All,All,All,All,Waiting more than 28 days because: No carer nearby is free at the times asked,6,Tuesday mornings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_filter_narrows_the_rows_the_total_and_the_reasons_on_the_page_and_in_the_csv_and_there_is_no_period()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        var facts = CommissioningEvents.Facts(district); // personal care, 75 to 84, self-funded, an hour a week
        var posted = DateTimeOffset.UtcNow.AddDays(-40);
        await PostedAsync(facts, posted, 6);
        await PostedAsync(facts with { Funding = FundingSource.PersonalBudget }, posted, 5);
        await PostedAsync(facts with { RecipientAgeBand = AgeBand.From85 }, posted, 8);
        foreach (var request in await PostedAsync(facts with { Requirements = facts.Requirements with { CareTypes = [CareType.Companionship, CareType.DementiaCare] } }, posted, 7))
        {
            await _events.PublishAsync(new OpenRequestMatchChecked(request, 0, 0, OpenRequestMatchChecked.NoCarerNearby, null) { OccurredAt = posted.AddHours(1) });
        }
        await PostedAsync(facts, DateTimeOffset.UtcNow.AddDays(-10), 5);

        const string NoCarer = "No carer works this far";
        const string NotLookedAt = "Not looked at by the matching engine yet";
        var everyone = await PageAsync(commissioner.Client, "");
        Assert.Equal(("5", "26", "31"), Row(everyone, district));
        Assert.Equal(("5", "26", "31"), Row(everyone, "All"));
        Assert.Equal([(NoCarer, "7"), (NotLookedAt, "19")], Why(everyone));
        // A snapshot: the filters but no period to choose, unlike the views of a period.
        Assert.Contains("data-testid=\"no-period\"", everyone, StringComparison.Ordinal);
        Assert.Contains("name=\"care\"", everyone, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"weeks\"", everyone, StringComparison.Ordinal);
        Assert.Contains("name=\"weeks\"", await commissioner.Client.GetStringAsync("/Commissioner/Requests"), StringComparison.Ordinal);

        var dementia = await PageAsync(commissioner.Client, "?care=DementiaCare");
        Assert.Equal(("0", "7", "7"), Row(dementia, district));
        Assert.Equal([(NoCarer, "7")], Why(dementia));
        Assert.Contains("<option value=\"DementiaCare\" selected=\"selected\">", dementia, StringComparison.Ordinal);
        Assert.Equal(("5", "19", "24"), Row(await PageAsync(commissioner.Client, "?care=PersonalCare"), "All"));
        Assert.Equal(("0", "8", "8"), Row(await PageAsync(commissioner.Client, "?age=From85"), district));
        var budget = await PageAsync(commissioner.Client, "?funding=PersonalBudget");
        Assert.Equal(("0", "5", "5"), Row(budget, district));
        Assert.Equal([(NotLookedAt, "5")], Why(budget));
        Assert.Equal(("5", "6", "11"), Row(await PageAsync(commissioner.Client, "?care=PersonalCare&age=From75To84&funding=SelfFunded"), "All"));
        // A filter that names nothing known is no filter.
        Assert.Equal(("5", "26", "31"), Row(await PageAsync(commissioner.Client, "?care=%3DNonsense&age=999"), "All"));

        // With the district chosen, its row is the total; the reasons are its own.
        var one = await PageAsync(commissioner.Client, $"?district={district.ToLowerInvariant()}&care=DementiaCare");
        Assert.Equal(("0", "7", "7"), Row(one, district));
        Assert.DoesNotContain("data-testid=\"unmet-All\"", one, StringComparison.Ordinal);
        Assert.Contains($"Reasons, in {district}<", one, StringComparison.Ordinal);

        // The download link carries the filters, and the spreadsheet has the filtered figures and says what they count.
        var link = Regex.Match(one, "data-testid=\"csv\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal($"/Commissioner/Unmet?district={district}&care=DementiaCare&handler=Csv", link);
        var csv = await CsvAsync(commissioner.Client, link);
        Assert.Equal(
        [
            $"{district},DementiaCare,All,All,Requests waiting 8 to 28 days,0,",
            $"{district},DementiaCare,All,All,Requests waiting more than 28 days,7,",
            $"{district},DementiaCare,All,All,Hours a week asked by requests waiting more than 7 days,7,",
            $"{district},DementiaCare,All,All,Waiting more than 28 days because: {NoCarer},7,",
        ], csv);
        Assert.Equal(
        [
            $"{district},All,All,PersonalBudget,Requests waiting 8 to 28 days,0,",
            $"{district},All,All,PersonalBudget,Requests waiting more than 28 days,5,",
            $"{district},All,All,PersonalBudget,Hours a week asked by requests waiting more than 7 days,5,",
            "All,All,All,PersonalBudget,Requests waiting 8 to 28 days,0,",
            "All,All,All,PersonalBudget,Requests waiting more than 28 days,5,",
            "All,All,All,PersonalBudget,Hours a week asked by requests waiting more than 7 days,5,",
            $"All,All,All,PersonalBudget,Waiting more than 28 days because: {NotLookedAt},5,",
        ], await CsvAsync(commissioner.Client, "/Commissioner/Unmet?handler=Csv&funding=PersonalBudget"));
        Assert.Contains(
            $"All,All,From85,All,Requests waiting more than 28 days,8,",
            await CsvAsync(commissioner.Client, "/Commissioner/Unmet?handler=Csv&age=From85"));
    }

    private async Task<List<Guid>> PostedAsync(CareRequestFacts facts, DateTimeOffset at, int requests)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < requests; i++) ids.Add(await _events.PostedAsync(facts, at));
        return ids;
    }

    private static async Task<string> PageAsync(HttpClient commissioner, string query) =>
        WebUtility.HtmlDecode(await commissioner.GetStringAsync($"/Commissioner/Unmet{query}"));

    /// <summary>A district's row (or the total's, "All"): waiting 8 to 28 days, more than 28 days, and the hours a week.</summary>
    private static (string, string, string) Row(string page, string district)
    {
        var row = Regex.Match(page, $"data-testid=\"unmet-{district}\">.*?data-testid=\"8-to-28\">([^<]+)<.*?data-testid=\"over-28\">([^<]+)<.*?data-testid=\"hours\">([^<]+)<", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row for {district}");
        return (row.Groups[1].Value, row.Groups[2].Value, row.Groups[3].Value);
    }

    private static List<(string Reason, string Requests)> Why(string page) =>
    [
        .. Regex.Matches(page, "<th scope=\"row\" class=\"govuk-table__header\">([^<]+)</th>\\s*<td[^>]*data-testid=\"why-count\">([^<]+)<")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value)),
    ];

    /// <summary>The spreadsheet's rows after the header, from the district on (the council and time are the same in every row).</summary>
    private static async Task<List<string>> CsvAsync(HttpClient commissioner, string address)
    {
        var rows = System.Text.Encoding.UTF8.GetString(await commissioner.GetByteArrayAsync(address)).TrimStart('\uFEFF').Split("\r\n");
        return [.. rows.Skip(1).Where(r => r.Length > 0).Select(r => string.Join(',', r.Split(',').Skip(2)))];
    }
}
