using System.Diagnostics.CodeAnalysis;

namespace CareMatch.SharedKernel.Geography;

/// <summary>
/// A postcode district (the outward code, for example LS6) as typed when setting up a council's
/// area. Kept apart from <see cref="Postcode"/> because a district field must refuse a full
/// postcode rather than quietly cut it down.
/// </summary>
public sealed record PostcodeDistrict
{
    public const string EmptyMessage = "Enter a postcode district";

    public const string InvalidMessage = "Enter a real UK postcode district, like LS6";

    public const string FullPostcodeMessage = "Enter only the first part of the postcode, like LS6";

    /// <summary>Room for a mistyped full postcode, so it can be recognised and named as one.</summary>
    private const int MaxInspectedLength = 16;

    private PostcodeDistrict(string value) => Value = value;

    /// <summary>The outward code, for example LS6.</summary>
    public string Value { get; }

    /// <summary>The leading letters, for example LS.</summary>
    public string Area => PostcodeFormat.AreaOf(Value);

    /// <summary>
    /// Reads a district in any case, with spaces around it (" ls6 " becomes LS6). Spaces inside
    /// are refused, not dropped: "LS6 2" would otherwise turn into the different district LS62.
    /// </summary>
    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out PostcodeDistrict? district,
        [NotNullWhen(false)] out string? error)
    {
        district = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = EmptyMessage;
            return false;
        }

        var trimmed = input.Trim();
        if (trimmed.Length <= MaxInspectedLength)
        {
            var upper = trimmed.ToUpperInvariant();
            if (PostcodeFormat.Outward().IsMatch(upper))
            {
                district = new PostcodeDistrict(upper);
                error = null;
                return true;
            }

            if (LooksLikeMoreThanADistrict(upper))
            {
                error = FullPostcodeMessage;
                return false;
            }
        }

        error = InvalidMessage;
        return false;
    }

    /// <summary>For districts known to be good (seed data, tests); throws <see cref="FormatException"/> otherwise.</summary>
    public static PostcodeDistrict Parse(string input) =>
        TryParse(input, out var district, out var error) ? district : throw new FormatException($"'{input}': {error}");

    public override string ToString() => Value;

    /// <summary>A full postcode (LS6 2AB, LS62AB) or a sector (LS6 2): a valid district followed by more.</summary>
    private static bool LooksLikeMoreThanADistrict(string upper)
    {
        if (Postcode.TryParse(upper, out _, out _)) return true;
        var words = upper.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && PostcodeFormat.Outward().IsMatch(words[0]);
    }
}
