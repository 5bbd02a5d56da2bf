namespace CareMatch.Matching.Engine.Time;

/// <summary>
/// A time of the week in UK local time, like "Tuesday 09:00–10:30". An end at or before the
/// start runs past midnight into the next day (22:00–07:00 is an overnight; 00:00–00:00 is the whole day).
/// </summary>
public readonly record struct WeeklyTime(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    /// <summary>Minutes from Monday 00:00 to the start.</summary>
    internal int StartMinuteOfWeek => WeekSlots.DayIndex(Day) * 1440 + (Start.Hour * 60) + Start.Minute;

    internal int DurationMinutes
    {
        get
        {
            var start = (Start.Hour * 60) + Start.Minute;
            var end = (End.Hour * 60) + End.Minute;
            var duration = end - start;
            return duration <= 0 ? duration + 1440 : duration;
        }
    }
}
