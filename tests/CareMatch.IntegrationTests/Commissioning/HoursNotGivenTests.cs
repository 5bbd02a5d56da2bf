using System.Net;
using CareMatch.Bookings.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;
using CareMatch.Needs.Contracts;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// "Care asked for and not given" from a known history: five requests of an hour a week waiting two
/// weeks, one given after half a week, one withdrawn after a week; four visits missed and one cancelled
/// by its carer without cover, beside one covered and one the family cancelled (neither counted).
/// On both databases, as the lost visits are summed in SQL.
/// </summary>
public abstract class HoursNotGivenTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    private readonly CommissioningEvents _events = new(factory);

    [Fact]
    public async Task The_hours_waited_and_the_hours_of_lost_visits_are_shown_and_in_the_csv_and_few_are_hidden()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 5; i++) await _events.PostedAsync(district, now.AddDays(-14));
        var given = await _events.PostedAsync(district, now.AddDays(-21));
        var withdrawn = await _events.PostedAsync(district, now.AddDays(-10));
        await _events.PublishAsync(new CareRequestClosed(withdrawn, CareRequestStatus.Cancelled) { OccurredAt = now.AddDays(-3) });
        var booking = Guid.NewGuid();
        await _events.PublishAsync(new BookingConfirmed(booking, given, Guid.NewGuid(), "seeker", 2000) { OccurredAt = now.AddDays(-19) });
        var firstVisit = now.AddDays(-17.5);
        await _events.PublishAsync(new VisitCompleted(Guid.NewGuid(), booking, Guid.NewGuid(), firstVisit, firstVisit.AddHours(1)) { OccurredAt = firstVisit.AddHours(1) });
        for (var i = 0; i < 4; i++) await _events.PublishAsync(new VisitMissed(Guid.NewGuid(), booking, Guid.NewGuid(), now.AddDays(-10 + i), PlannedMinutes: 60) { OccurredAt = now.AddDays(-9.5 + i) });
        await _events.PublishAsync(new VisitCancelled(Guid.NewGuid(), booking, Guid.NewGuid(), CancelledBy.Carer, TimeSpan.FromHours(24), false, CoverSought: true, PlannedMinutes: 90) { OccurredAt = now.AddDays(-12) });
        var covered = Guid.NewGuid();
        await _events.PublishAsync(new VisitCancelled(covered, booking, Guid.NewGuid(), CancelledBy.Carer, TimeSpan.FromHours(24), false, CoverSought: true, PlannedMinutes: 600) { OccurredAt = now.AddDays(-13) });
        await _events.PublishAsync(new CoverFilled(covered, Guid.NewGuid(), booking, Guid.NewGuid(), TimeSpan.FromHours(1)) { OccurredAt = now.AddDays(-13).AddHours(1) });
        await _events.PublishAsync(new VisitCancelled(Guid.NewGuid(), booking, Guid.NewGuid(), CancelledBy.Seeker, TimeSpan.FromHours(48), false, PlannedMinutes: 600) { OccurredAt = now.AddDays(-8) });

        var page = WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync("/Commissioner/Requests?weeks=4"));

        // 5 × 2 hours, half an hour, and an hour: 11.5 hours, to the nearest hour.
        Assert.Contains("data-testid=\"hours-waiting\">12 hours, over 7 requests<", page, StringComparison.Ordinal);
        // 4 hours missed and 1½ hours not covered.
        Assert.Contains("data-testid=\"hours-lost\">6 hours, over 5 visits<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"hours-not-given\">17 hours<", page, StringComparison.Ordinal);
        var csv = System.Text.Encoding.UTF8.GetString(await commissioner.Client.GetByteArrayAsync("/Commissioner/Requests?handler=Csv&weeks=4"));
        Assert.Contains(",Requests that waited for a carer in the period,7,,", csv, StringComparison.Ordinal);
        Assert.Contains(",Hours of visits missed or not covered,6,,", csv, StringComparison.Ordinal);

        var other = await factory.CommissionerOfNewCouncilAsync();
        var theirDistrict = await _events.DistrictOfAsync(other.Email);
        for (var i = 0; i < 2; i++) await _events.PostedAsync(theirDistrict, now.AddDays(-14));
        var theirs = WebUtility.HtmlDecode(await other.Client.GetStringAsync("/Commissioner/Requests?weeks=4"));
        Assert.Contains("data-testid=\"hours-waiting\">Not shown (fewer than 5)<", theirs, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"hours-lost\">None<", theirs, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"hours-not-given\">Not shown (fewer than 5)<", theirs, StringComparison.Ordinal);
    }
}

public sealed class HoursNotGivenOnSqlite(SqliteAppFactory factory) : HoursNotGivenTests<SqliteAppFactory>(factory);

public sealed class HoursNotGivenOnPostgreSql(PostgresAppFactory factory) : HoursNotGivenTests<PostgresAppFactory>(factory);
