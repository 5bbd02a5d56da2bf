using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Metrics;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Events;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// Commissioning's request facts, fed a known history of Needs' and Bookings' events through its
/// own consumers (twice, and visits out of order), and the uptake and timeliness metrics counted
/// from them, edges included: a first visit exactly 7 days after posting is within 7 days, a
/// minute later is not, and a request whose days have not yet run is in neither count.
/// </summary>
public sealed class RequestTimelinessTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly CommissioningEvents _events = new(factory);

    [Fact]
    public async Task A_known_history_gives_each_metric_its_exact_value()
    {
        var district = $"Q{Random.Shared.Next(10, 99)}";
        var onDaySeven = await PostedAsync(district, T0);
        var aMinuteLate = await PostedAsync(district, T0);
        var onDayTwenty = await PostedAsync(district, T0);
        await PostedAsync(district, T0); // never given
        await PostedAsync(district, T0.AddDays(25)); // its 7 days have not run by the 30th day
        await DeliveredAsync(onDaySeven, T0.AddDays(7));
        await DeliveredAsync(aMinuteLate, T0.AddDays(7).AddMinutes(1));
        await DeliveredAsync(onDayTwenty, T0.AddDays(20));

        var figures = RequestTimelinessOf.Requests(await FactsAsync(district), asOf: T0.AddDays(30));

        Assert.Equal(5, figures.Posted);
        Assert.Equal(new Share(1, 4), figures.DeliveredWithin7Days);
        Assert.Equal(new Share(2, 4), figures.DeliveredWithin14Days);
        Assert.Equal(new Share(3, 4), figures.DeliveredWithin28Days);
        Assert.Equal(7 + (1.0 / (24 * 60)), figures.MedianDaysToFirstVisit!.Value, 6);
        Assert.Equal(20, figures.Percentile90DaysToFirstVisit!.Value, 6);
    }

    [Fact]
    public async Task A_carers_answer_exactly_24_hours_after_posting_is_within_a_day_and_the_median_is_over_the_answered_ones()
    {
        var district = $"P{Random.Shared.Next(10, 99)}";
        var onTheHour = await PostedAsync(district, T0);
        var aSecondLate = await PostedAsync(district, T0);
        var quick = await PostedAsync(district, T0);
        await PostedAsync(district, T0); // never answered
        await PostedAsync(district, T0.AddDays(30).AddHours(-2)); // its day has not run, nor has it been answered
        await PublishAsync(new CarerResponded(onTheHour) { OccurredAt = T0.AddHours(24) });
        await PublishAsync(new CarerResponded(aSecondLate) { OccurredAt = T0.AddHours(24).AddSeconds(1) });
        await PublishAsync(new CarerResponded(quick) { OccurredAt = T0.AddHours(3) });
        // A later answer, and the same one again, change nothing.
        await PublishAsync(new CarerResponded(quick) { OccurredAt = T0.AddHours(40) });

        var figures = RequestTimelinessOf.Requests(await FactsAsync(district), asOf: T0.AddDays(30));

        Assert.Equal(3, figures.Responded);
        Assert.Equal(new Share(2, 4), figures.RespondedWithinADay);
        Assert.Equal(24, figures.MedianHoursToFirstResponse!.Value, 6);
    }

    [Fact]
    public async Task Events_delivered_twice_and_visits_out_of_order_leave_the_first_check_in_and_one_fact()
    {
        var district = $"R{Random.Shared.Next(10, 99)}";
        var request = await PostedAsync(district, T0, times: 2);
        var booking = Guid.NewGuid();
        await PublishAsync(new BookingConfirmed(booking, request, Guid.NewGuid(), "seeker", 2000) { OccurredAt = T0.AddDays(1) });
        await PublishAsync(new VisitCompleted(Guid.NewGuid(), booking, Guid.NewGuid(), T0.AddDays(9), T0.AddDays(9).AddHours(1)) { OccurredAt = T0.AddDays(9) });
        await PublishAsync(new VisitCompleted(Guid.NewGuid(), booking, Guid.NewGuid(), T0.AddDays(2), T0.AddDays(2).AddHours(1)) { OccurredAt = T0.AddDays(2) });
        await PublishAsync(new CareRequestClosed(request, CareRequestStatus.Booked) { OccurredAt = T0.AddDays(3) });

        var fact = Assert.Single(await FactsAsync(district));
        Assert.Equal(T0, fact.PostedAt);
        Assert.Equal(T0.AddDays(1), fact.FirstBookedAt);
        Assert.Equal(T0.AddDays(2), fact.FirstDeliveredAt);
        Assert.Equal(T0.AddDays(3), fact.ClosedAt);
        Assert.Equal(2, RequestTimelinessOf.Requests([fact], T0.AddDays(30)).MedianDaysToFirstVisit);
    }

    [Fact]
    public async Task The_commissioner_sees_their_own_councils_figures_with_small_numbers_hidden_and_no_one_else_sees_them()
    {
        var mine = await CouncilSetup.CommissionerOfNewCouncilAsync(factory);
        var theirs = await CouncilSetup.CommissionerOfNewCouncilAsync(factory);
        var (myDistrict, theirDistrict) = (await DistrictOfAsync(mine.Email), await DistrictOfAsync(theirs.Email));
        var posted = DateTimeOffset.UtcNow.AddDays(-20);
        for (var i = 0; i < 12; i++)
        {
            var request = await PostedAsync(myDistrict, posted);
            if (i < 7) await DeliveredAsync(request, posted.AddDays(3));
            if (i < 6) await PublishAsync(new CarerResponded(request) { OccurredAt = posted.AddHours(2 + i) });
        }
        await PostedAsync(theirDistrict, posted);
        await PostedAsync(theirDistrict, posted);

        var page = System.Net.WebUtility.HtmlDecode(await mine.Client.GetStringAsync("/Commissioner/Requests?weeks=4"));
        Assert.Contains("data-testid=\"posted\">12<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"within-7\">58% (7 of 12)<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"within-28\">100% (7 of 7)<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"median-days\">3.0 days<", page, StringComparison.Ordinal);
        // Answered after 2 to 7 hours: the middle two are 4 and 5.
        Assert.Contains("data-testid=\"median-response-hours\">4.5 hours<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"response-within-day\">50% (6 of 12)<", page, StringComparison.Ordinal);

        // Filters: all 12 are personal care for someone 75 to 84, paid for themselves; a filter naming nothing known is dropped.
        Assert.Contains("data-testid=\"posted\">12<", await mine.Client.GetStringAsync($"/Commissioner/Requests?weeks=4&district={myDistrict}&care=PersonalCare&age=From75To84&funding=SelfFunded"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"posted\">0<", await mine.Client.GetStringAsync("/Commissioner/Requests?weeks=4&funding=PersonalBudget"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"posted\">0<", await mine.Client.GetStringAsync("/Commissioner/Requests?weeks=4&care=DementiaCare"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"posted\">12<", await mine.Client.GetStringAsync("/Commissioner/Requests?weeks=4&care=%3DNonsense&age=999"), StringComparison.Ordinal);
        // A district that is not one of theirs (another council's, or none at all) is no longer dropped to show their whole council
        // under a link that names it: it is 404, so a commissioner never mistakes their own figures for another district's.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await mine.Client.GetAsync($"/Commissioner/Requests?weeks=4&district={theirDistrict}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await mine.Client.GetAsync("/Commissioner/Requests?weeks=4&care=%3DNonsense&district=ZZ9&age=999")).StatusCode);

        var csv = System.Text.Encoding.UTF8.GetString(await mine.Client.GetByteArrayAsync("/Commissioner/Requests?handler=Csv&weeks=4&care=PersonalCare")).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("Council,Posted from,Posted to,District,Kind of care,Age band,Funding,Measure,Value,Out of,Per cent", csv[0]);
        Assert.EndsWith(",All,PersonalCare,All,All,First visit within 7 days,7,12,58.3", csv[2], StringComparison.Ordinal);
        Assert.Contains(",Requests posted,suppressed,,", System.Text.Encoding.UTF8.GetString(await theirs.Client.GetByteArrayAsync("/Commissioner/Requests?handler=Csv&weeks=4")), StringComparison.Ordinal);

        var other = System.Net.WebUtility.HtmlDecode(await theirs.Client.GetStringAsync("/Commissioner/Requests?weeks=4"));
        Assert.Contains("data-testid=\"posted\">Not shown (fewer than 5)<", other, StringComparison.Ordinal);
        var (seekerEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await (await factory.SignedInAsync(seekerEmail)).GetAsync("/Commissioner/Requests")).StatusCode);
    }

    [Fact]
    public async Task Waiting_requests_are_counted_by_district_in_bands_that_do_not_overlap_with_small_counts_hidden()
    {
        var commissioner = await CouncilSetup.CommissionerOfNewCouncilAsync(factory);
        var district = await DistrictOfAsync(commissioner.Email);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 6; i++) await PostedAsync(district, now.AddDays(i < 5 ? -30 : -10)); // 6 waiting over 7 days, 5 of them over 28
        await PostedAsync(district, now.AddDays(-3)); // too new to count
        var booked = await PostedAsync(district, now.AddDays(-40));
        await PublishAsync(new BookingConfirmed(Guid.NewGuid(), booked, Guid.NewGuid(), "seeker", 2000) { OccurredAt = now.AddDays(-39) });
        var withdrawn = await PostedAsync(district, now.AddDays(-40));
        await PublishAsync(new CareRequestClosed(withdrawn, CareRequestStatus.Cancelled) { OccurredAt = now.AddDays(-35) });

        var page = System.Net.WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync("/Commissioner/Unmet"));
        var row = page[page.IndexOf($"data-testid=\"unmet-{district}\"", StringComparison.Ordinal)..];
        // 1 waiting 8 to 28 days is hidden (and with one district there is nothing else to hide beside it).
        Assert.Contains("data-testid=\"8-to-28\">Not shown<", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("data-testid=\"over-28\">5<", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("data-testid=\"hours\">6<", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 6, 2 }, new[] { true, true })]
    [InlineData(new[] { 6, 2, 3 }, new[] { false, true, true })]
    [InlineData(new[] { 0, 2, 9, 7 }, new[] { false, true, false, true })]
    [InlineData(new[] { 5, 0, 12 }, new[] { false, false, false })]
    [InlineData(new[] { 1, 2, 9, 20 }, new[] { true, true, true, false })]
    public void One_hidden_count_in_a_column_hides_the_next_smallest_too_until_the_hidden_ones_add_up_to_5_or_more(int[] counts, bool[] hidden) =>
        Assert.Equal(hidden, CareMatch.Commissioning.Metrics.SecondarySuppression.Hidden(counts));

    private Task<Guid> PostedAsync(string district, DateTimeOffset at, int times = 1) => _events.PostedAsync(district, at, times);

    private Task DeliveredAsync(Guid request, DateTimeOffset checkedInAt) => _events.DeliveredAsync(request, checkedInAt);

    private Task PublishAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent => _events.PublishAsync(integrationEvent);

    private Task<List<RequestFact>> FactsAsync(string district) => _events.FactsAsync(district);

    private Task<string> DistrictOfAsync(string commissionerEmail) => _events.DistrictOfAsync(commissionerEmail);
}
