using CareMatch.SharedKernel.Time;

namespace CareMatch.Providers.Common;

/// <summary>
/// Today's date where the carers work. Expiry dates on certificates are UK calendar dates, so
/// "today" is taken in UK time, not UTC (they differ for an hour each summer night).
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
