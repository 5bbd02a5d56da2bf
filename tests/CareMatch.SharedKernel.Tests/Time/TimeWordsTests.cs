using CareMatch.SharedKernel.Time;

namespace CareMatch.SharedKernel.Tests.Time;

public sealed class TimeWordsTests
{
    [Fact]
    public void A_date_reads_day_month_year_and_with_its_weekday_when_asked()
    {
        Assert.Equal("3 March 2026", TimeWords.Date(new DateOnly(2026, 3, 3)));
        Assert.Equal("Tuesday 3 March 2026", TimeWords.DayAndDate(new DateOnly(2026, 3, 3)));
    }

    [Theory]
    [InlineData(9, 30, "9:30am")]
    [InlineData(9, 0, "9am")]
    [InlineData(0, 0, "midnight")]
    [InlineData(12, 0, "midday")]
    [InlineData(12, 15, "12:15pm")]
    [InlineData(0, 5, "12:05am")]
    [InlineData(17, 45, "5:45pm")]
    [InlineData(23, 59, "11:59pm")]
    public void A_time_of_day_reads_the_GOV_UK_way(int hour, int minute, string expected) =>
        Assert.Equal(expected, TimeWords.Time(new TimeOnly(hour, minute)));

    [Fact]
    public void An_instant_is_shown_on_the_UK_clock_in_summer_and_in_winter()
    {
        Assert.Equal("Monday 7 December 2026, 9am", TimeWords.DateTime(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal("Wednesday 1 July 2026, 10:30am", TimeWords.DateTime(new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.Zero)));
        Assert.Equal("1 Jul 2026, 10:30am", TimeWords.ShortDateTime(new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.Zero)));
        Assert.Equal("10:30am", TimeWords.Time(new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_late_evening_in_summer_is_already_the_next_day_in_the_UK() =>
        Assert.Equal("Thursday 2 July 2026, 12:30am", TimeWords.DateTime(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void A_time_range_joins_two_times() =>
        Assert.Equal("9am to 10:30am", TimeWords.TimeRange(new TimeOnly(9, 0), new TimeOnly(10, 30)));

    [Theory]
    [InlineData(0, "0 minutes")]
    [InlineData(1, "1 minute")]
    [InlineData(30, "30 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(90, "1 hour 30 minutes")]
    [InlineData(24 * 60, "24 hours")]
    [InlineData(48 * 60, "48 hours")]
    [InlineData(72 * 60, "3 days")]
    [InlineData(7 * 24 * 60, "7 days")]
    [InlineData(50 * 60, "50 hours")]
    public void A_duration_reads_in_the_largest_whole_unit(int minutes, string expected) =>
        Assert.Equal(expected, TimeWords.Duration(TimeSpan.FromMinutes(minutes)));

    [Theory]
    [InlineData(89, "1 minute")]
    [InlineData(90, "2 minutes")]
    [InlineData(29, "0 minutes")]
    public void Seconds_in_a_duration_round_to_the_nearest_minute(int seconds, string expected) =>
        Assert.Equal(expected, TimeWords.Duration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void A_negative_duration_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeWords.Duration(TimeSpan.FromHours(-1)));
}
