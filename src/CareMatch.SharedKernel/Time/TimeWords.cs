using System.Globalization;

namespace CareMatch.SharedKernel.Time;

/// <summary>
/// Dates, times and durations as people in the UK read them, GOV.UK style ("3 March 2026",
/// "9:30am", "midday", "48 hours"). Pages and module emails both use these, so a visit reads the
/// same in the calendar and in the email about it. Instants are shown on the UK clock.
/// </summary>
public static class TimeWords
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"3 March 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    /// <summary>The UK date of an instant, like "3 March 2026".</summary>
    public static string Date(DateTimeOffset instant) => Date(UkDate(instant));

    /// <summary>"Tuesday 3 March 2026": for a day someone has to turn up.</summary>
    public static string DayAndDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    /// <summary>"9am", "9:30am", "midday", "midnight", "5:45pm".</summary>
    public static string Time(TimeOnly time) => time switch
    {
        { Hour: 0, Minute: 0 } => "midnight",
        { Hour: 12, Minute: 0 } => "midday",
        { Minute: 0 } => string.Create(British, $"{Hour12(time)}{Meridiem(time)}"),
        _ => string.Create(British, $"{Hour12(time)}:{time.Minute:00}{Meridiem(time)}"),
    };

    /// <summary>An instant's time on the UK clock, like "9:30am".</summary>
    public static string Time(DateTimeOffset instant) => Time(TimeOnly.FromDateTime(UkCalendar.ToUkTime(instant).DateTime));

    /// <summary>An instant on the UK clock, like "Monday 7 December 2026, 9am".</summary>
    public static string DateTime(DateTimeOffset instant) => $"{DayAndDate(UkDate(instant))}, {Time(instant)}";

    /// <summary>For dense tables: "2 Dec 2026, 12:42pm", UK time.</summary>
    public static string ShortDateTime(DateTimeOffset instant) => $"{UkDate(instant).ToString("d MMM yyyy", British)}, {Time(instant)}";

    /// <summary>"from 9am to 10:30am" reads as "9am to 10:30am".</summary>
    public static string TimeRange(TimeOnly start, TimeOnly end) => $"{Time(start)} to {Time(end)}";

    /// <summary>
    /// A length of time in the largest whole unit that says it exactly: "30 minutes", "1 hour",
    /// "48 hours", "3 days", "1 hour 30 minutes". Hours up to two days, because "48 hours" is
    /// how a deadline is usually said; days beyond that. Seconds are rounded to the nearest minute
    /// (a configured setting may carry them; nobody reads them).
    /// </summary>
    public static string Duration(TimeSpan length)
    {
        if (length < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(length), length, "A duration cannot be negative.");
        var minutes = (long)Math.Round(length.TotalMinutes, MidpointRounding.AwayFromZero);
        if (minutes == 0) return "0 minutes";
        if (minutes % (24 * 60) == 0 && minutes > 48 * 60) return Count(minutes / (24 * 60), "day");
        if (minutes % 60 == 0) return Count(minutes / 60, "hour");
        return minutes < 60 ? Count(minutes, "minute") : $"{Count(minutes / 60, "hour")} {Count(minutes % 60, "minute")}";
    }

    private static string Count(long n, string unit) => string.Create(British, $"{n} {unit}{(n == 1 ? "" : "s")}");

    private static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(UkCalendar.ToUkTime(instant).DateTime);

    private static int Hour12(TimeOnly time) => time.Hour % 12 == 0 ? 12 : time.Hour % 12;

    private static string Meridiem(TimeOnly time) => time.Hour < 12 ? "am" : "pm";
}
