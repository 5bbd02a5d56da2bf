using System.Globalization;
using System.Text.RegularExpressions;
using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Input;

/// <summary>
/// Reads an amount in pounds into <see cref="Money"/> (whole pence), and writes one back the way
/// the reader reads it. Accepted: "12", "12.5", "12.50", with or without "£", spaces, and commas
/// between thousands ("1,250.00"); a leading minus is read, so "-5" is told it is too small rather
/// than not money. Refused: fractions of a penny ("12.505"), words, other currencies. Messages:
/// "Enter {label}", "Enter {label} in pounds and pence, like 22.50", "{Label} must be more than £0"
/// (for nothing or less, when nothing is not allowed), "{Label} must be at least £10", "{Label} must be £200 or less". Amounts in messages are written by
/// <see cref="Money.ToString"/>: "£200", "£12.50".
/// </summary>
public static partial class PoundsInput
{
    public static Reading<Money> Read(string? text, string label, Money least, Money most)
    {
        if (string.IsNullOrWhiteSpace(text)) return Reading<Money>.Blank(FieldLabel.Enter(label));
        var match = Amount().Match(text.Trim());
        if (!match.Success || match.Groups["pounds"].Length > 12)
        {
            return Reading<Money>.Wrong($"{FieldLabel.Enter(label)} in pounds and pence, like 22.50");
        }
        var pounds = decimal.Parse(match.Groups["pounds"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var pence = match.Groups["pence"].Value.PadRight(2, '0');
        var amount = new Money((long)pounds * 100 + (pence.Length == 0 ? 0 : long.Parse(pence, CultureInfo.InvariantCulture)));
        if (match.Groups["minus"].Success) amount = new Money(-amount.Pence);

        // Nothing (or less) is told so plainly, whatever the least is; above nothing, the least is named.
        if (amount.Pence <= 0 && least.Pence > 0) return Reading<Money>.Wrong($"{FieldLabel.Sentence(label)} must be more than £0");
        if (amount.Pence < least.Pence) return Reading<Money>.Wrong($"{FieldLabel.Sentence(label)} must be at least {least}");
        if (amount.Pence > most.Pence) return Reading<Money>.Wrong($"{FieldLabel.Sentence(label)} must be {most} or less");
        return Reading<Money>.Read(amount);
    }

    /// <summary>Pounds and pence without the sign, like 22.50: what a person would type in the box.</summary>
    public static string Write(Money amount) => (amount.Pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<minus>-)?\s*£?\s*(?<pounds>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<pence>\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
