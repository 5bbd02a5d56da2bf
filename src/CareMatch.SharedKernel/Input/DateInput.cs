using System.Globalization;

namespace CareMatch.SharedKernel.Input;

/// <summary>
/// Reads a date from three boxes, and writes one back the way the reader reads it.
/// Accepted: day 1–31 and month 1–12 as numbers, with or without a leading zero; the month also
/// as an English name or its first three letters ("March", "mar", "Sept"); a four-digit year from
/// <see cref="EarliestYear"/> to <see cref="LatestYear"/> (two digits are refused: "27" could be
/// 1927 or 2027). Spaces around each part are ignored. Messages follow the GOV.UK date input:
/// "Enter {label}", "{Label} must include a month", "{Label} must be a real date".
/// </summary>
public static class DateInput
{
    /// <summary>Nobody alive was born, nor a credential issued, earlier; a year outside is a slip.</summary>
    public const int EarliestYear = 1900;

    public const int LatestYear = 2200;

    public static Reading<DateOnly> Read(DateBoxes? boxes, string label)
    {
        if (DateBoxes.IsNullOrBlank(boxes)) return Reading<DateOnly>.Blank(FieldLabel.Enter(label));
        var missing = new[] { ("day", boxes!.Day), ("month", boxes.Month), ("year", boxes.Year) }
            .Where(part => string.IsNullOrWhiteSpace(part.Item2))
            .Select(part => part.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            return Reading<DateOnly>.Wrong($"{FieldLabel.Sentence(label)} must include a {string.Join(" and ", missing)}");
        }
        if (Number(boxes.Day) is not { } day
            || Month(boxes.Month!) is not { } month
            || FourDigitYear(boxes.Year!) is not { } year
            || year is < EarliestYear or > LatestYear
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Reading<DateOnly>.Wrong($"{FieldLabel.Sentence(label)} must be a real date");
        }
        return Reading<DateOnly>.Read(new DateOnly(year, month, day));
    }

    /// <summary>The boxes a saved date is shown in again: numbers without leading zeros, like 7 3 2027.</summary>
    public static DateBoxes Write(DateOnly date) => new(
        date.Day.ToString(CultureInfo.InvariantCulture),
        date.Month.ToString(CultureInfo.InvariantCulture),
        date.Year.ToString(CultureInfo.InvariantCulture));

    private static int? Number(string? text) =>
        text?.Trim() is { Length: > 0 and <= 2 } digits
        && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static int? Month(string text)
    {
        if (Number(text) is { } number) return number is >= 1 and <= 12 ? number : null;
        var name = text.Trim();
        if (name.Length < 3) return null;
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        var index = Array.FindIndex(names, full => full.Length > 0
            && (full.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (name.Length <= 4 && full.StartsWith(name, StringComparison.OrdinalIgnoreCase))));
        return index < 0 ? null : index + 1;
    }

    private static int? FourDigitYear(string text) =>
        text.Trim() is { Length: 4 } digits
        && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}
