using System.Globalization;
using System.Text.RegularExpressions;

namespace CareMatch.SharedKernel.Input;

/// <summary>
/// Reads a time of day as people type it, and writes one back the way the reader reads it.
/// Accepted: 24-hour "14:00", "09:30", "9:30", "9.30", "0930", "930"; 12-hour with am or pm, with
/// or without minutes and a space ("9:30am", "9.30 pm", "2pm", "12am" is midnight, "12pm" noon);
/// "midday", "noon" and "midnight". Hours alone without am or pm ("9") are refused: 9 in the
/// morning or the evening is the person's to say. Messages: "Enter {label}" and
/// "{Label} must be a real time, like 9:30am or 14:00".
/// </summary>
public static partial class TimeOfDayInput
{
    public const string Example = "like 9:30am or 14:00";

    public static Reading<TimeOnly> Read(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text)) return Reading<TimeOnly>.Blank(FieldLabel.Enter(label));
        return Parse(text.Trim().ToLowerInvariant()) is { } time
            ? Reading<TimeOnly>.Read(time)
            : Reading<TimeOnly>.Wrong($"{FieldLabel.Sentence(label)} must be a real time, {Example}");
    }

    /// <summary>24-hour with a colon, like 09:30: unambiguous, and what a time input shows.</summary>
    public static string Write(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static TimeOnly? Parse(string text)
    {
        switch (text)
        {
            case "midday" or "noon": return new TimeOnly(12, 0);
            case "midnight": return TimeOnly.MinValue;
        }
        if (TwelveHour().Match(text) is { Success: true } twelve)
        {
            var hour = int.Parse(twelve.Groups["hour"].Value, CultureInfo.InvariantCulture);
            var minute = twelve.Groups["minute"].Success ? int.Parse(twelve.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
            if (hour is < 1 or > 12 || minute > 59) return null;
            var afternoon = twelve.Groups["half"].Value == "pm";
            return new TimeOnly(hour % 12 + (afternoon ? 12 : 0), minute);
        }
        if (TwentyFourHour().Match(text) is { Success: true } clock)
        {
            var hour = int.Parse(clock.Groups["hour"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(clock.Groups["minute"].Value, CultureInfo.InvariantCulture);
            return hour > 23 || minute > 59 ? null : new TimeOnly(hour, minute);
        }
        return null;
    }

    [GeneratedRegex(@"^(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?<half>am|pm)$", RegexOptions.CultureInvariant)]
    private static partial Regex TwelveHour();

    [GeneratedRegex(@"^(?<hour>\d{1,2})[:.]?(?<minute>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TwentyFourHour();
}
