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

    /// <summary>
    /// The instant a UK wall-clock time happens. A time the clocks skip in spring (01:30 on the
    /// last Sunday of March) is taken an hour later; a time that happens twice in autumn, the first.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (UkTime.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = UkTime.IsAmbiguousTime(local) ? UkTime.GetAmbiguousTimeOffsets(local).Max() : UkTime.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

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
