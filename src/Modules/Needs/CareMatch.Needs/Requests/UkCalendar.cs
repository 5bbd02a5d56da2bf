using CareMatch.SharedKernel.Time;

namespace CareMatch.Needs.Requests;

/// <summary>
/// Dates people type are UK dates: "today" is today in London, not in UTC, or a seeker posting
/// at 00:30 in summer would be told that today is in the past.
/// </summary>
internal static class UkCalendar
{
    private static readonly TimeZoneInfo London = FindLondon();

    public static DateOnly Today(IClock clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.UtcNow, London).DateTime);

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without time zone data: UTC is at most an hour out.
            return TimeZoneInfo.Utc;
        }
    }
}
