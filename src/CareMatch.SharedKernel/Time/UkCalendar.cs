namespace CareMatch.SharedKernel.Time;

/// <summary>
/// Today's date in the UK. Care dates and credential expiry are UK calendar dates, so "today"
/// is taken in UK time, not UTC (they differ for an hour each summer night).
/// </summary>
public static class UkCalendar
{
    private static readonly TimeZoneInfo UkTime = FindUkTime();

    public static DateOnly Today(this IClock clock) => DateOnly.FromDateTime(ToUkTime(clock.UtcNow).DateTime);

    public static DateTimeOffset ToUkTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, UkTime);

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
