using CareMatch.Commissioning.Metrics;
using CareMatch.SharedKernel.Time;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>The hours asked for while requests waited for a first visit, within a period: where each wait starts and stops.</summary>
public sealed class WaitingHoursTests
{
    private static readonly DateTimeOffset Since = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Now = Since.AddDays(28);

    [Fact]
    public void A_request_waiting_the_whole_period_counts_its_weekly_hours_for_every_week()
    {
        var (requests, hours) = WaitingHoursOf.Of([new RequestWait(Since.AddDays(-30), null, null, null, 120)], Since, Now);

        Assert.Equal((1, 8.0), (requests, hours));
    }

    [Fact]
    public void A_wait_stops_at_the_first_visit_or_the_closing_and_starts_no_earlier_than_the_care_asked_for()
    {
        RequestWait[] waits =
        [
            // Given 3½ days after posting: half a week of its 2 hours.
            new(Since.AddDays(7), null, Since.AddDays(10.5), null, 120),
            // Withdrawn after a week.
            new(Since.AddDays(7), null, null, Since.AddDays(14), 60),
            // Posted on the 7th for care from the 21st (UK midnight), still waiting: a week.
            new(Since.AddDays(7), DateOnly.FromDateTime(Since.AddDays(21).Date), null, null, 60),
            // Care that starts after today has not been missed yet.
            new(Since.AddDays(7), DateOnly.FromDateTime(Now.AddDays(3).Date), null, null, 600),
            // Given before the period began: none of its wait was in it.
            new(Since.AddDays(-20), null, Since.AddDays(-1), null, 600),
        ];

        var (requests, hours) = WaitingHoursOf.Of(waits, Since, Now);

        Assert.Equal(3, requests);
        var fromTheTwentyFirst = (Now - UkCalendar.ToInstant(DateOnly.FromDateTime(Since.AddDays(21).Date), TimeOnly.MinValue)).TotalDays / 7;
        Assert.Equal(1 + 1 + fromTheTwentyFirst, hours, 6);
    }
}
