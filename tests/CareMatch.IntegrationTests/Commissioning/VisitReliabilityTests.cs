using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Metrics;
using CareMatch.Commissioning.Persistence;
using CareMatch.Commissioning.Rollup;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// Continuity and reliability from a known history of Bookings' visit events: one person with one
/// carer, one with three; visits given early, on the minute of the 10-minute edge and a minute
/// after it, one given before events carried a start; one missed, one cancelled late by the carer
/// and one in good time by the family. Every figure's exact value, then the page with small numbers hidden.
/// On both databases the tests run on, as the counting is done in SQL.
/// </summary>
public abstract class VisitReliabilityTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    private readonly CommissioningEvents _events = new(factory);

    /// <summary>A day in the month before last, so every visit falls in one calendar month and within 52 weeks.</summary>
    private static readonly DateTimeOffset Month = UkCalendar.ToInstant(
        new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(-2).AddDays(1), new TimeOnly(9, 0));

    [Fact]
    public async Task A_known_history_gives_each_continuity_and_reliability_figure_its_exact_value()
    {
        var (_, district) = await HistoryAsync();

        var figures = await FiguresAsync(district);

        Assert.Equal(14, figures.Due);
        Assert.Equal(11, figures.Given);
        Assert.Equal(new Share(1, 14), figures.Missed);
        Assert.Equal(new Share(1, 14), figures.CancelledByCarer);
        Assert.Equal(new Share(1, 14), figures.CancelledLate);
        Assert.Equal(new Share(8, 10), figures.CheckedInOnTime);
        Assert.Equal(2, figures.People);
        Assert.Equal(new Share(10, 11), figures.GivenByTwoMostFrequentCarers);
        Assert.Equal(2, figures.PersonMonths);
        Assert.Equal(2.0, figures.DistinctCarersPerPersonMonth);
        // Its one carer's cancellation came from before cover was recorded.
        Assert.Equal(new Share(0, 0), figures.CoveredWithinTwoHours);
    }

    [Fact]
    public async Task The_commissioner_sees_the_figures_with_small_numbers_hidden_and_a_seeker_is_refused()
    {
        var (commissioner, _) = await HistoryAsync();

        var page = WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync("/Commissioner/Reliability?weeks=52"));
        Assert.Contains("data-testid=\"due\">14<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"given\">11<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"missed\">Not shown (fewer than 5)<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"on-time\">Not shown (fewer than 5)<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"people\">Not shown (fewer than 5)<", page, StringComparison.Ordinal);
        // Only the family's requests for older people are counted: these are all 75 to 84.
        Assert.Contains("data-testid=\"due\">0<", await commissioner.Client.GetStringAsync("/Commissioner/Reliability?weeks=52&age=From18To64"), StringComparison.Ordinal);

        var csv = System.Text.Encoding.UTF8.GetString(await commissioner.Client.GetByteArrayAsync("/Commissioner/Reliability?handler=Csv&weeks=52"));
        Assert.Contains(",Visits due,14,,", csv, StringComparison.Ordinal);
        Assert.Contains(",Missed,suppressed,suppressed,suppressed", csv, StringComparison.Ordinal);

        var (seekerEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInAsync(seekerEmail)).GetAsync("/Commissioner/Reliability")).StatusCode);
    }

    [Fact]
    public async Task Cover_counts_within_2_hours_to_the_minute_and_only_for_the_carers_cancellations_that_sought_it()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        var booking = await _events.BookedAsync(district, Month);
        await CoveredAfterAsync(booking, TimeSpan.FromHours(2));
        await CoveredAfterAsync(booking, TimeSpan.FromHours(2).Add(TimeSpan.FromSeconds(1)));
        await CoveredAfterAsync(booking, TimeSpan.FromHours(4).Add(TimeSpan.FromMinutes(1)));
        await CoveredAfterAsync(booking, null);
        // A cancellation from before cover was recorded, and the family's own: neither is counted.
        await _events.PublishAsync(new VisitCancelled(Guid.NewGuid(), booking, Guid.NewGuid(), CancelledBy.Carer, TimeSpan.FromHours(30), false) { OccurredAt = Month });
        await _events.PublishAsync(new VisitCancelled(Guid.NewGuid(), booking, Guid.NewGuid(), CancelledBy.Seeker, TimeSpan.FromHours(30), false) { OccurredAt = Month });

        var figures = await FiguresAsync(district);

        Assert.Equal(new Share(1, 4), figures.CoveredWithinTwoHours);
        Assert.Equal(new Share(2, 4), figures.CoveredWithinFourHours);
    }

    [Fact]
    public async Task The_commissioner_sees_cover_shares_and_a_wider_share_that_would_give_away_a_small_difference_is_hidden()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        Assert.Contains("data-testid=\"cover-2h\">No carer cancellations to cover<", await commissioner.Client.GetStringAsync("/Commissioner/Reliability?weeks=52"), StringComparison.Ordinal);
        var booking = await _events.BookedAsync(district, Month);
        for (var i = 0; i < 5; i++) await CoveredAfterAsync(booking, TimeSpan.FromMinutes(45));
        for (var i = 0; i < 5; i++) await CoveredAfterAsync(booking, TimeSpan.FromHours(3));
        for (var i = 0; i < 5; i++) await CoveredAfterAsync(booking, null);

        var page = WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync("/Commissioner/Reliability?weeks=52"));
        Assert.Contains("data-testid=\"cover-2h\">33% (5 of 15)<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"cover-4h\">67% (10 of 15)<", page, StringComparison.Ordinal);
        var csv = System.Text.Encoding.UTF8.GetString(await commissioner.Client.GetByteArrayAsync("/Commissioner/Reliability?handler=Csv&weeks=52"));
        Assert.Contains(",Cover agreed within 4 hours of a carer's cancellation,10,15,", csv, StringComparison.Ordinal);

        // Had only 3 more been covered within 4 hours than within 2, showing both would give away that 3.
        Assert.Equal((new PublishedShare(5, 15), new PublishedShare(null, null)), SmallNumbers.Nested(new Share(5, 15), new Share(8, 15)));
        Assert.Equal((new PublishedShare(5, 15), new PublishedShare(10, 15)), SmallNumbers.Nested(new Share(5, 15), new Share(10, 15)));
    }

    [Fact]
    public async Task The_nightly_roll_up_counts_the_months_visits_in_the_database_and_open_data_publishes_them_with_small_numbers_hidden()
    {
        var (commissioner, district) = await HistoryAsync();
        await _events.RollUpAsync();

        var month = MonthlyFiguresOf.MonthOf(Month);
        var row = await factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().MonthlyFigures.AsNoTracking()
            .SingleAsync(f => f.District == district && f.Month == month));
        Assert.Equal((11, 1, 1, 1), (row.VisitsGiven, row.VisitsMissed, row.VisitsCancelledByCarer, row.VisitsCancelledByFamily));
        // One visit was given before events carried its start: 10 with a known start, 8 of them within 10 minutes.
        Assert.Equal((10, 8), (row.VisitsGivenWithKnownStart, row.VisitsCheckedInOnTime));
        // Two people, one with one carer and one with three.
        Assert.Equal((2, 4), (row.PeopleGivenCare, row.PersonCarers));

        var council = await _events.CouncilIdOfAsync(commissioner.Email);
        var rows = JsonNode.Parse(await factory.CreateBrowserLikeClient().GetStringAsync($"/api/open/v1/councils/{council}/months"))!["rows"]!.AsArray();
        var published = rows.Single(r => (string?)r!["district"] == district && (string?)r["month"] == month.ToString("yyyy-MM", CultureInfo.InvariantCulture))!;
        Assert.Equal(11, (int?)published["visitsGiven"]);
        Assert.Null((int?)published["visitsMissed"]);
        Assert.Null((int?)published["carersPerPerson"]);
        var suppressed = published["suppressed"]!.AsArray().Select(n => (string?)n).ToList();
        Assert.Equal(["visitsMissed", "visitsCancelledByCarer", "visitsCancelledByFamily", "carersPerPerson"], suppressed);
        // Not known (a start is missing), which is not the same as withheld.
        Assert.Null((int?)published["visitsCheckedInOnTime"]);
    }

    private async Task<VisitReliability> FiguresAsync(string district) => await factory.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CommissioningDbContext>();
        var now = DateTimeOffset.UtcNow;
        var scope = new CommissionerScope(Guid.NewGuid(), "Test", 52, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-363), DateOnly.FromDateTime(now.UtcDateTime),
            now.AddDays(-364), now, [district], new RequestFilters(null, null, null, null));
        return VisitReliabilityOf.Of(await VisitCountsQuery.CountAsync(db, scope, CancellationToken.None));
    });

    /// <summary>A carer's cancellation a day ahead, then cover agreed that long after (and a later second cover, which changes nothing), or never.</summary>
    private async Task CoveredAfterAsync(Guid booking, TimeSpan? after)
    {
        var visit = Guid.NewGuid();
        await _events.PublishAsync(new VisitCancelled(visit, booking, Guid.NewGuid(), CancelledBy.Carer, TimeSpan.FromHours(24), false, CoverSought: true) { OccurredAt = Month });
        if (after is not { } wait) return;
        await _events.PublishAsync(new CoverFilled(visit, Guid.NewGuid(), booking, Guid.NewGuid(), wait) { OccurredAt = Month + wait });
        await _events.PublishAsync(new CoverFilled(visit, Guid.NewGuid(), booking, Guid.NewGuid(), wait + TimeSpan.FromHours(5)) { OccurredAt = Month + wait + TimeSpan.FromHours(5) });
    }

    /// <summary>The history in the class comment, in a new council's district.</summary>
    private async Task<(CouncilSetup.Commissioner Commissioner, string District)> HistoryAsync()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        var (bookingOne, bookingThree) = (await _events.BookedAsync(district, Month), await _events.BookedAsync(district, Month));
        var (onlyCarer, mostly, sometimes, once) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        for (var day = 0; day < 4; day++) await _events.GivenAsync(bookingOne, onlyCarer, Month.AddDays(day), minutesAfterStart: 5);
        for (var day = 0; day < 3; day++) await _events.GivenAsync(bookingThree, mostly, Month.AddDays(day), minutesAfterStart: 10);
        for (var day = 3; day < 5; day++) await _events.GivenAsync(bookingThree, sometimes, Month.AddDays(day), minutesAfterStart: 11);
        await _events.GivenAsync(bookingThree, once, Month.AddDays(5), minutesAfterStart: -5);
        await _events.PublishAsync(new VisitCompleted(Guid.NewGuid(), bookingThree, mostly, Month.AddDays(6), Month.AddDays(6).AddHours(1)) { OccurredAt = Month.AddDays(6).AddHours(1) });
        await _events.PublishAsync(new VisitMissed(Guid.NewGuid(), bookingThree, mostly, Month.AddDays(7)) { OccurredAt = Month.AddDays(7).AddHours(3) });
        await _events.PublishAsync(new VisitCancelled(Guid.NewGuid(), bookingThree, mostly, CancelledBy.Carer, TimeSpan.FromHours(2), false) { OccurredAt = Month.AddDays(8).AddHours(-2) });
        await _events.PublishAsync(new VisitCancelled(Guid.NewGuid(), bookingThree, mostly, CancelledBy.Seeker, TimeSpan.FromHours(48), false) { OccurredAt = Month.AddDays(7) });
        return (commissioner, district);
    }
}

public sealed class VisitReliabilityOnSqlite(SqliteAppFactory factory) : VisitReliabilityTests<SqliteAppFactory>(factory);

public sealed class VisitReliabilityOnPostgreSql(PostgresAppFactory factory) : VisitReliabilityTests<PostgresAppFactory>(factory);
