using System.Globalization;
using CareMatch.Needs.Contracts;

namespace CareMatch.Needs.Input;

/// <summary>Reads the typed parts of a form (dates, times, pounds) the forgiving ways people type them.</summary>
internal static class TypedValues
{
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH.mm", "H.mm"];

    public static bool IsBlank(DateParts? date) =>
        date is null || (string.IsNullOrWhiteSpace(date.Day) && string.IsNullOrWhiteSpace(date.Month) && string.IsNullOrWhiteSpace(date.Year));

    /// <summary>A real calendar date with a four-digit year, or null.</summary>
    public static DateOnly? ReadDate(DateParts date)
    {
        if (!int.TryParse(date.Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(date.Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(date.Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }
        if (year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    /// <summary>A 24-hour time like 09:30, 9:30 or 9.30, or null.</summary>
    public static TimeOnly? ReadTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>
    /// Pounds as typed ("22.50", "£22.5", "22") to whole pence, or null when it is not an amount
    /// of money (letters, thousands separators, fractions of a penny). The sign is kept, so the
    /// caller can say "more than £0" rather than "not a number" for a negative amount.
    /// </summary>
    public static long? ReadPence(string text)
    {
        var trimmed = text.Trim().TrimStart('£').Trim();
        if (!decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds))
        {
            return null;
        }
        var pence = pounds * 100m;
        if (pence != decimal.Truncate(pence) || Math.Abs(pounds) > 1_000_000m) return null;
        return (long)pence;
    }
}
