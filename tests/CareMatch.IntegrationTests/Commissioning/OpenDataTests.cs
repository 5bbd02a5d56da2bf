using System.Net;
using System.Text.Json.Nodes;
using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Rollup;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;
using CareMatch.SharedKernel.Time;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// Open data as a reuser meets it, without signing in: a council's months after the nightly
/// roll-up, with exact figures for a known history, small numbers suppressed and marked, only that
/// council's districts, the same in CSV, cacheable, with a freshness promise that is kept.
/// </summary>
public sealed class OpenDataTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private readonly CommissioningEvents _events = new(factory);

    [Fact]
    public async Task After_the_nightly_roll_up_a_councils_months_have_exact_figures_and_another_councils_have_none_of_its_districts()
    {
        var (mine, myDistrict, theirs, theirDistrict) = await TwoCouncilsWithHistoryAsync();
        await _events.RollUpAsync();
        var anonymous = factory.CreateBrowserLikeClient();

        var figures = JsonNode.Parse(await anonymous.GetStringAsync($"/api/open/v1/councils/{mine}/months"))!;
        Assert.Equal(mine.ToString(), (string?)figures["council"]!["id"]);
        var rows = figures["rows"]!.AsArray();
        Assert.All(rows, row => Assert.True((string?)row!["district"] is null || (string?)row["district"] == myDistrict));
        var posted = Row(rows, MonthOf(HundredDaysAgo), myDistrict);
        Assert.Equal(12, (int?)posted["requestsPosted"]);
        Assert.Equal(7, (int?)posted["deliveredWithin28Days"]);
        Assert.Equal(12, (int?)posted["deliveredWithin28DaysOutOf"]);
        Assert.Equal(3m, (decimal?)posted["medianDaysToFirstVisit"]);
        Assert.Equal(3m, (decimal?)posted["percentile90DaysToFirstVisit"]);
        // Six answered 10 hours after posting, two after 30 hours (exactly 24 would count as within a day).
        Assert.Equal(10m, (decimal?)posted["medianHoursToFirstResponse"]);
        Assert.Equal(6, (int?)posted["answeredWithinADay"]);
        Assert.Equal(12, (int?)posted["answeredWithinADayOutOf"]);
        Assert.Empty(posted["suppressed"]!.AsArray());
        // Now: the 5 of those never booked and the 6 posted 40 days ago wait over 28 days, an hour a week each.
        var now = Row(rows, MonthOf(DateTimeOffset.UtcNow), null);
        Assert.Equal(11, (int?)now["waitingOver28Days"]);
        Assert.Equal(0, (int?)now["waiting8To28Days"]);
        Assert.Equal(11m, (decimal?)now["waitingWeeklyHours"]);

        var other = JsonNode.Parse(await anonymous.GetStringAsync($"/api/open/v1/councils/{theirs}/months"))!["rows"]!.AsArray();
        Assert.All(other, row => Assert.True((string?)row!["district"] is null || (string?)row["district"] == theirDistrict));
        var small = Row(other, MonthOf(HundredDaysAgo), theirDistrict);
        Assert.Null((int?)small["requestsPosted"]);
        Assert.Contains("requestsPosted", small["suppressed"]!.AsArray().Select(n => (string?)n));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/open/v1/councils/{Guid.NewGuid()}/months")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/open/v1/councils/not-a-council/months.csv")).StatusCode);
        var listed = JsonNode.Parse(await anonymous.GetStringAsync("/api/open/v1/councils"))!["councils"]!.AsArray();
        Assert.Equal([myDistrict], listed.Single(c => (string?)c!["id"] == mine.ToString())!["districts"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public async Task A_months_visits_are_published_by_what_became_of_them_with_the_on_time_share_and_carers_per_person()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        // A day in the month before last, so every visit falls in one calendar month.
        var day = UkCalendar.ToInstant(new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(-2).AddDays(1), new TimeOnly(9, 0));
        var (regular, relief) = (Guid.NewGuid(), Guid.NewGuid());
        for (var person = 0; person < 6; person++)
        {
            var booking = await _events.BookedAsync(district, day);
            // Checked in exactly 10 minutes after the start: on time.
            await _events.GivenAsync(booking, regular, day, minutesAfterStart: 10);
            // Five people's second visit is by a relief carer, 11 minutes late; the sixth's by their regular carer, early.
            await _events.GivenAsync(booking, person < 5 ? relief : regular, day.AddDays(1), minutesAfterStart: person < 5 ? 11 : -5);
            await _events.PublishAsync(new VisitMissed(Guid.NewGuid(), booking, regular, day.AddDays(2)) { OccurredAt = day.AddDays(2).AddHours(3) });
            if (person < 2) await _events.PublishAsync(new VisitCancelled(Guid.NewGuid(), booking, regular, CancelledBy.Seeker, TimeSpan.FromHours(48), false) { OccurredAt = day.AddDays(1) });
        }
        await _events.RollUpAsync();

        var council = await _events.CouncilIdOfAsync(commissioner.Email);
        var rows = JsonNode.Parse(await factory.CreateBrowserLikeClient().GetStringAsync($"/api/open/v1/councils/{council}/months"))!["rows"]!.AsArray();
        foreach (var row in new[] { Row(rows, MonthOf(day), district), Row(rows, MonthOf(day), null) })
        {
            Assert.Equal(12, (int?)row["visitsGiven"]);
            Assert.Equal(6, (int?)row["visitsMissed"]);
            Assert.Equal(0, (int?)row["visitsCancelledByCarer"]);
            Assert.Null((int?)row["visitsCancelledByFamily"]);
            Assert.Equal(7, (int?)row["visitsCheckedInOnTime"]);
            Assert.Equal(12, (int?)row["visitsCheckedInOnTimeOutOf"]);
            // Five people saw two carers and one saw one: 11 / 6.
            Assert.Equal(1.8m, (decimal?)row["carersPerPerson"]);
            Assert.Equal(["visitsCancelledByFamily"], row["suppressed"]!.AsArray().Select(n => (string?)n));
        }
    }

    [Fact]
    public async Task The_csv_has_the_same_figures_with_suppressed_ones_marked_and_every_answer_can_be_cached_by_its_etag()
    {
        var (mine, myDistrict, theirs, _) = await TwoCouncilsWithHistoryAsync();
        await _events.RollUpAsync();
        var anonymous = factory.CreateBrowserLikeClient();

        var csv = (await anonymous.GetStringAsync($"/api/open/v1/councils/{mine}/months.csv")).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("council,councilId,computedAt,nextUpdateDue,month,district,requestsPosted,deliveredWithin28Days,deliveredWithin28DaysOutOf,"
            + "medianDaysToFirstVisit,percentile90DaysToFirstVisit,medianHoursToFirstResponse,answeredWithinADay,answeredWithinADayOutOf,"
            + "waiting8To28Days,waitingOver28Days,waitingWeeklyHours,"
            + "visitsGiven,visitsMissed,visitsCancelledByCarer,visitsCancelledByFamily,visitsCheckedInOnTime,visitsCheckedInOnTimeOutOf,carersPerPerson,newlyVerifiedCarers", csv[0]);
        Assert.Contains(csv, line => line.Contains($",{MonthOf(HundredDaysAgo)},{myDistrict},12,7,12,3,3,10,6,12,", StringComparison.Ordinal));
        var theirCsv = await anonymous.GetStringAsync($"/api/open/v1/councils/{theirs}/months.csv");
        Assert.Contains(",suppressed,", theirCsv, StringComparison.Ordinal);

        var first = await anonymous.GetAsync($"/api/open/v1/councils/{mine}/months");
        var etag = first.Headers.ETag!;
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.True(first.Headers.CacheControl.MaxAge > TimeSpan.Zero);
        Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/open/v1/councils/{mine}/months");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await anonymous.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Status_says_when_the_figures_were_counted_when_they_are_due_next_and_that_the_promise_is_kept()
    {
        await _events.RollUpAsync();
        var status = JsonNode.Parse(await factory.CreateBrowserLikeClient().GetStringAsync("/api/open/v1/status"))!;

        var computedAt = (DateTimeOffset)status["computedAt"]!;
        Assert.InRange(DateTimeOffset.UtcNow - computedAt, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        var due = (DateTimeOffset)status["nextUpdateDue"]!;
        Assert.Equal((2, 30), (due.UtcDateTime.Hour, due.UtcDateTime.Minute));
        Assert.InRange(due - computedAt, TimeSpan.Zero, TimeSpan.FromDays(1));
        Assert.True((bool)status["promiseKept"]!);
        Assert.Contains("every night at 02:30 UTC", (string?)status["promise"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_promise_is_broken_once_the_last_count_is_more_than_26_hours_old()
    {
        var now = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
        Assert.False(RollupSchedule.Kept(null, now));
        Assert.True(RollupSchedule.Kept(now.AddHours(-26), now));
        Assert.False(RollupSchedule.Kept(now.AddHours(-26).AddMinutes(-1), now));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 2, 30, 0, TimeSpan.Zero), RollupSchedule.NextAfter(new DateTimeOffset(2026, 12, 4, 2, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 2, 30, 0, TimeSpan.Zero), RollupSchedule.NextAfter(new DateTimeOffset(2026, 12, 4, 2, 29, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_field_and_address_that_is_served()
    {
        var (mine, _, _, _) = await TwoCouncilsWithHistoryAsync();
        await _events.RollUpAsync();
        var anonymous = factory.CreateBrowserLikeClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/api/open/v1/openapi.json"))!;

        Assert.Equal("3.0.3", (string?)document["openapi"]);
        var described = document["components"]!["schemas"]!["Row"]!["properties"]!.AsObject().Select(p => p.Key).ToList();
        var served = JsonNode.Parse(await anonymous.GetStringAsync($"/api/open/v1/councils/{mine}/months"))!["rows"]![0]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(described, served);
        foreach (var path in document["paths"]!.AsObject().Select(p => p.Key))
        {
            var answer = await anonymous.GetAsync(path.Replace("{councilId}", mine.ToString(), StringComparison.Ordinal));
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{path} answered {answer.StatusCode}");
        }
    }

    [Fact]
    public async Task The_open_data_page_explains_each_field_and_the_promise_to_anyone()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var council = await _events.CouncilIdOfAsync(commissioner.Email);
        var page = WebUtility.HtmlDecode(await factory.CreateBrowserLikeClient().GetStringAsync("/OpenData"));

        Assert.Contains($"/api/open/v1/councils/{council}/months.csv", page, StringComparison.Ordinal);
        foreach (var field in CareMatch.Web.Infrastructure.OpenData.OpenDataFields.All) Assert.Contains($"<code>{field.Name}</code>", page, StringComparison.Ordinal);
        Assert.Contains("every night at 02:30 UTC", page, StringComparison.Ordinal);
        Assert.Contains("A count from 1 to 4 is suppressed", page, StringComparison.Ordinal);
    }

    private static readonly DateTimeOffset HundredDaysAgo = DateTimeOffset.UtcNow.AddDays(-100);

    /// <summary>
    /// Mine: 12 requests posted 100 days ago, 7 of them first given 3 days later, 6 answered by a carer
    /// 10 hours after posting and 2 after 30 hours; 6 posted 40 days
    /// ago and never booked. Theirs: 2 requests posted 100 days ago.
    /// </summary>
    private async Task<(Guid Mine, string MyDistrict, Guid Theirs, string TheirDistrict)> TwoCouncilsWithHistoryAsync()
    {
        var mine = await factory.CommissionerOfNewCouncilAsync();
        var theirs = await factory.CommissionerOfNewCouncilAsync();
        var (myDistrict, theirDistrict) = (await _events.DistrictOfAsync(mine.Email), await _events.DistrictOfAsync(theirs.Email));
        for (var i = 0; i < 12; i++)
        {
            var request = await _events.PostedAsync(myDistrict, HundredDaysAgo);
            if (i < 7) await _events.DeliveredAsync(request, HundredDaysAgo.AddDays(3));
            if (i < 8) await _events.PublishAsync(new CarerResponded(request) { OccurredAt = HundredDaysAgo.AddHours(i < 6 ? 10 : 30) });
        }
        for (var i = 0; i < 6; i++) await _events.PostedAsync(myDistrict, DateTimeOffset.UtcNow.AddDays(-40));
        for (var i = 0; i < 2; i++) await _events.PostedAsync(theirDistrict, HundredDaysAgo);
        return (await _events.CouncilIdOfAsync(mine.Email), myDistrict, await _events.CouncilIdOfAsync(theirs.Email), theirDistrict);
    }

    private static string MonthOf(DateTimeOffset instant) => MonthlyFiguresOf.MonthOf(instant).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonNode Row(JsonArray rows, string month, string? district) =>
        rows.Single(r => (string?)r!["month"] == month && (string?)r["district"] == district)!;
}
