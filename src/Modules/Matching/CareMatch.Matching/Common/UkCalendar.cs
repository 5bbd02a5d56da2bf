using CareMatch.SharedKernel.Time;

namespace CareMatch.Matching.Common;

/// <summary>
/// Today's date in the UK. Care dates and credential expiry are UK calendar dates, so "today"
/// is taken in UK time, not UTC (they differ for an hour each summer night).
/// </summary>
internal static class UkCalendar
{
    private static readonly TimeZoneInfo UkTime = FindUkTime();

    public static DateOnly Today(this IClock clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.UtcNow, UkTime).DateTime);

    private static TimeZoneInfo FindUkTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // A machine without time zone data: UTC is at most an hour out, and only at night.
            return TimeZoneInfo.Utc;
        }
    }
}
