using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Tests;

public sealed class WeekSlotsTests
{
    [Theory]
    [InlineData("09:00", "10:00", 4, 4)]
    [InlineData("09:10", "10:00", 3, 4)]   // carers offer whole quarters inside; needs round outwards
    [InlineData("09:10", "09:20", 0, 2)]
    [InlineData("22:00", "07:00", 36, 36)] // overnight runs into the next day
    [InlineData("00:00", "00:00", 96, 96)] // the whole day
    public void Times_become_quarter_hours(string start, string end, int available, int needed)
    {
        var time = new WeeklyTime(DayOfWeek.Wednesday, TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(available, WeekSlots.Available(time).Count);
        Assert.Equal(needed, WeekSlots.Needed(time).Count);
    }

    [Fact]
    public void Sunday_night_wraps_round_to_Monday_morning()
    {
        var slots = WeekSlots.Needed(new WeeklyTime(DayOfWeek.Sunday, new(23, 0), new(1, 0)));

        Assert.True(slots.Contains(DayOfWeek.Sunday, new(23, 45)));
        Assert.True(slots.Contains(DayOfWeek.Monday, new(0, 45)));
        Assert.False(slots.Contains(DayOfWeek.Monday, new(1, 0)));
        Assert.Equal(8, slots.Count);
    }

    [Fact]
    public void Covers_and_equality()
    {
        Assert.True(WeekSlots.Always.Covers(Town.TuesdayThursdayMornings));
        Assert.True(Town.WorkingWeek.Covers(Town.TuesdayThursdayMornings));
        Assert.False(Town.TuesdayThursdayMornings.Covers(Town.WorkingWeek));
        Assert.Equal(WeekSlots.SlotsPerWeek, WeekSlots.Always.Count);
        Assert.Equal(Town.TuesdayThursdayMornings, WeekSlots.Needed(new WeeklyTime(DayOfWeek.Thursday, new(9, 0), new(10, 30)), new WeeklyTime(DayOfWeek.Tuesday, new(9, 0), new(10, 30))));
        Assert.True(WeekSlots.Empty.IsEmpty);
    }

    [Fact]
    public void Schedules_reject_impossible_times()
    {
        var monday = Town.Monday.ToDateTime(new TimeOnly(9, 0));

        Assert.Throws<ArgumentException>(() => VisitSchedule.OneOff(monday, monday));
        Assert.Throws<ArgumentException>(() => VisitSchedule.OneOff(monday, monday.AddDays(8)));
        Assert.Throws<ArgumentException>(() => VisitSchedule.Weekly(Town.TuesdayThursdayMornings, Town.Monday, Town.Monday.AddDays(-1)));
    }
}
