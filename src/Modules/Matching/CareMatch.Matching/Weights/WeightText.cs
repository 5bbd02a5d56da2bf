using System.Globalization;

namespace CareMatch.Matching.Weights;

/// <summary>A weight as typed: a plain number such as 2 or 1.5.</summary>
internal static class WeightText
{
    public const double Max = 100;

    public static double? Parse(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;
}
