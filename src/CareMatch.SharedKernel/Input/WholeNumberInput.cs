using System.Globalization;
using System.Text.RegularExpressions;

namespace CareMatch.SharedKernel.Input;

/// <summary>
/// Reads a whole number within a range, and writes one back the way the reader reads it.
/// Accepted: digits with an optional leading minus, spaces around, and commas between thousands
/// ("1,500"). Refused: decimals ("2.5"), words. Messages: "Enter {label}",
/// "{Label} must be a whole number, like 15", "{Label} must be between 1 and 100".
/// </summary>
public static partial class WholeNumberInput
{
    /// <param name="unit">Said after the range, like " km" in "must be between 1 and 100 km".</param>
    public static Reading<int> Read(string? text, string label, int least, int most, string unit = "")
    {
        if (string.IsNullOrWhiteSpace(text)) return Reading<int>.Blank(FieldLabel.Enter(label));
        var match = WholeNumber().Match(text.Trim());
        if (!match.Success) return Reading<int>.Wrong($"{FieldLabel.Sentence(label)} must be a whole number, like {Write(Math.Clamp(15, least, most))}");
        // Too many digits for an int is still a number, just out of range.
        var inRange = long.TryParse(match.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number >= least && number <= most;
        return inRange
            ? Reading<int>.Read((int)number)
            : Reading<int>.Wrong($"{FieldLabel.Sentence(label)} must be between {Write(least)} and {Write(most)}{unit}");
    }

    public static string Write(int number) => number.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^-?(?:\d{1,3}(?:,\d{3})+|\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();
}
