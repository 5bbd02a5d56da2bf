using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>
/// Whole free hours stand in for quarter hours only when that changes no answer: a pattern
/// with a part-free hour is marked inexact, and an exact one misses the same parts of the
/// week as the quarter-hour pattern for any request.
/// </summary>
public sealed class WeekHoursTests
{
    [Theory]
    [InlineData("09:00", "17:00", true)]
    [InlineData("22:00", "07:00", true)]   // overnight, whole hours
    [InlineData("09:30", "17:00", false)]  // 09:00–10:00 only partly free
    [InlineData("09:00", "16:45", false)]
    public void A_pattern_is_exact_only_when_every_hour_is_wholly_free_or_not(string start, string end, bool exact)
    {
        var pattern = WeekSlots.Available(new WeeklyTime(DayOfWeek.Monday, Time(start), Time(end)));
        var hours = new ulong[WeekHours.WordCount];

        WeekHours.Free(pattern.Words, hours);

        Assert.Equal(exact, (hours[WeekHours.WordCount - 1] & WeekHours.Exact) != 0);
    }

    [Fact]
    public void Exact_hours_miss_the_same_parts_of_the_week_as_the_quarter_hours()
    {
        var random = new Random(5);
        var checkedExact = 0;
        for (var n = 0; n < 2000; n++)
        {
            var pattern = RandomWeek(random, quarters: random.Next(3) == 0);
            var needed = RandomWeek(random, quarters: true);
            var free = new ulong[WeekHours.WordCount];
            var neededHours = new ulong[WeekHours.WordCount];
            WeekHours.Free(pattern.Words, free);
            WeekHours.Needed(needed.Words, neededHours);
            if ((free[WeekHours.WordCount - 1] & WeekHours.Exact) == 0) continue;

            var missing = new ulong[WeekSlots.WordCount];
            for (var word = 0; word < missing.Length; word++) missing[word] = needed.Words[word] & ~pattern.Words[word];
            Assert.Equal(AvailabilityFilter.MissedParts(missing), WeekHours.MissedParts(neededHours, free[0], free[1], free[2]));
            checkedExact++;
        }

        Assert.True(checkedExact > 1000, $"only {checkedExact} exact patterns were compared");
    }

    private static WeekSlots RandomWeek(Random random, bool quarters)
    {
        var times = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
        {
            var start = new TimeOnly(random.Next(24), quarters ? 15 * random.Next(4) : 0);
            return new WeeklyTime((DayOfWeek)random.Next(7), start, start.AddMinutes(quarters ? 15 * random.Next(1, 40) : 60 * random.Next(1, 12)));
        });
        return quarters ? WeekSlots.Needed(times) : WeekSlots.Available(times);
    }

    private static TimeOnly Time(string text) => TimeOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
