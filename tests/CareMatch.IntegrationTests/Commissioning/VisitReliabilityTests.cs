using System.Net;
using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Metrics;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;
using CareMatch.SharedKernel.Time;
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

        var figures = await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CommissioningDbContext>();
            var now = DateTimeOffset.UtcNow;
            var scope = new CommissionerScope(Guid.NewGuid(), "Test", 52, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-363), DateOnly.FromDateTime(now.UtcDateTime),
                now.AddDays(-364), now, [district], new RequestFilters(null, null, null, null));
            return VisitReliabilityOf.Of(await VisitCountsQuery.CountAsync(db, scope, CancellationToken.None));
        });

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

    /// <summary>The history in the class comment, in a new council's district.</summary>
    private async Task<(CouncilSetup.Commissioner Commissioner, string District)> HistoryAsync()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        var (one, three) = (await _events.PostedAsync(district, Month.AddDays(-5)), await _events.PostedAsync(district, Month.AddDays(-5)));
        var (bookingOne, bookingThree) = (Guid.NewGuid(), Guid.NewGuid());
        await _events.PublishAsync(new BookingConfirmed(bookingOne, one, Guid.NewGuid(), "seeker", 2000) { OccurredAt = Month.AddDays(-3) });
        await _events.PublishAsync(new BookingConfirmed(bookingThree, three, Guid.NewGuid(), "seeker", 2000) { OccurredAt = Month.AddDays(-3) });
        var (onlyCarer, mostly, sometimes, once) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        for (var day = 0; day < 4; day++) await GivenAsync(bookingOne, onlyCarer, Month.AddDays(day), minutesAfterStart: 5);
        for (var day = 0; day < 3; day++) await GivenAsync(bookingThree, mostly, Month.AddDays(day), minutesAfterStart: 10);
        for (var day = 3; day < 5; day++) await GivenAsync(bookingThree, sometimes, Month.AddDays(day), minutesAfterStart: 11);
        await GivenAsync(bookingThree, once, Month.AddDays(5), minutesAfterStart: -5);
        await _events.PublishAsync(new VisitCompleted(Guid.NewGuid(), bookingThree, mostly, Month.AddDays(6), Month.AddDays(6).AddHours(1)) { OccurredAt = Month.AddDays(6).AddHours(1) });
        await _events.PublishAsync(new VisitMissed(Guid.NewGuid(), bookingThree, mostly, Month.AddDays(7)) { OccurredAt = Month.AddDays(7).AddHours(3) });
        await _events.PublishAsync(new VisitCancelled(Guid.NewGuid(), bookingThree, mostly, CancelledBy.Carer, TimeSpan.FromHours(2), false) { OccurredAt = Month.AddDays(8).AddHours(-2) });
        await _events.PublishAsync(new VisitCancelled(Guid.NewGuid(), bookingThree, mostly, CancelledBy.Seeker, TimeSpan.FromHours(48), false) { OccurredAt = Month.AddDays(7) });
        return (commissioner, district);
    }

    /// <summary>A visit due at <paramref name="startsAt"/>, checked in that many minutes after, delivered twice (the second changes nothing).</summary>
    private async Task GivenAsync(Guid booking, Guid carer, DateTimeOffset startsAt, int minutesAfterStart)
    {
        var checkedIn = startsAt.AddMinutes(minutesAfterStart);
        var completed = new VisitCompleted(Guid.NewGuid(), booking, carer, checkedIn, checkedIn.AddHours(1), startsAt) { OccurredAt = checkedIn.AddHours(1) };
        await _events.PublishAsync(completed);
        await _events.PublishAsync(completed);
    }
}

public sealed class VisitReliabilityOnSqlite(SqliteAppFactory factory) : VisitReliabilityTests<SqliteAppFactory>(factory);

public sealed class VisitReliabilityOnPostgreSql(PostgresAppFactory factory) : VisitReliabilityTests<PostgresAppFactory>(factory);
