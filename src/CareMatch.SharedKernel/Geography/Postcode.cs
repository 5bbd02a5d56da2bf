using System.Diagnostics.CodeAnalysis;

namespace CareMatch.SharedKernel.Geography;

/// <summary>
/// A UK postcode in its standard written form (LS6 2AB): upper case, outward code, one space,
/// inward code. Only <see cref="TryParse"/> and <see cref="Parse"/> make one, so every instance
/// has the right shape; whether the postcode exists is the geocoder's question, not this type's.
/// </summary>
public sealed record Postcode
{
    public const string EmptyMessage = "Enter a postcode";

    public const string InvalidMessage = "Enter a real UK postcode, like LS6 2AB";

    private const int InwardLength = 3;

    private Postcode(string outward, string inward)
    {
        Outward = outward;
        Inward = inward;
        Value = $"{outward} {inward}";
    }

    /// <summary>The whole postcode, for example LS6 2AB.</summary>
    public string Value { get; }

    /// <summary>The part before the space, for example LS6.</summary>
    public string Outward { get; }

    /// <summary>The part after the space, for example 2AB.</summary>
    public string Inward { get; }

    /// <summary>Outward code, a space and the inward code's digit, for example LS6 2: the precision strangers may see.</summary>
    public string Sector => $"{Outward} {Inward[0]}";

    /// <summary>The outward code, for example LS6; a council's area is a set of these.</summary>
    public string District => Outward;

    /// <summary>The leading letters, for example LS.</summary>
    public string Area => PostcodeFormat.AreaOf(Outward);

    /// <summary>
    /// Reads a postcode typed in any case and with any spacing (ls62ab, " LS6  2AB ").
    /// On failure <paramref name="error"/> is a message to show the person at the field.
    /// </summary>
    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out Postcode? postcode,
        [NotNullWhen(false)] out string? error)
    {
        postcode = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = EmptyMessage;
            return false;
        }

        var compact = PostcodeFormat.Compact(input, PostcodeFormat.MaxCompactLength);
        if (compact is null || compact.Length <= InwardLength)
        {
            error = InvalidMessage;
            return false;
        }

        // The inward code is always the last three characters, which is how the space can be
        // put back wherever (or whether) the person typed it.
        var outward = compact[..^InwardLength];
        var inward = compact[^InwardLength..];
        if (!IsWellFormed(outward, inward))
        {
            error = InvalidMessage;
            return false;
        }

        postcode = new Postcode(outward, inward);
        error = null;
        return true;
    }

    /// <summary>For postcodes known to be good (seed data, tests); throws <see cref="FormatException"/> otherwise.</summary>
    public static Postcode Parse(string input) =>
        TryParse(input, out var postcode, out var error) ? postcode : throw new FormatException($"'{input}': {error}");

    public override string ToString() => Value;

    private static bool IsWellFormed(string outward, string inward) =>
        (outward == PostcodeFormat.GirobankOutward && inward == PostcodeFormat.GirobankInward)
        || (PostcodeFormat.Outward().IsMatch(outward) && PostcodeFormat.Inward().IsMatch(inward));
}
