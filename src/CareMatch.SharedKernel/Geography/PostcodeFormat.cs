using System.Text.RegularExpressions;

namespace CareMatch.SharedKernel.Geography;

/// <summary>
/// The shape of a UK postcode, shared by <see cref="Postcode"/> and <see cref="PostcodeDistrict"/>
/// so the two can never disagree about what an outward code is.
/// </summary>
internal static partial class PostcodeFormat
{
    /// <summary>Longest full postcode without its space (AA9A 9AA); anything longer is refused before any work.</summary>
    public const int MaxCompactLength = 7;

    /// <summary>The one non-geographic postcode that breaks the pattern and is still in use.</summary>
    public const string GirobankOutward = "GIR";

    public const string GirobankInward = "0AA";

    /// <summary>A9, A99, AA9, AA99, A9A and AA9A. [0-9] rather than \d so other scripts' digits never pass.</summary>
    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]?\z", RegexOptions.CultureInvariant)]
    public static partial Regex Outward();

    /// <summary>9AA, where neither letter is C, I, K, M, O or V (Royal Mail never uses them there).</summary>
    [GeneratedRegex(@"^[0-9][ABD-HJLNP-UW-Z]{2}\z", RegexOptions.CultureInvariant)]
    public static partial Regex Inward();

    /// <summary>
    /// Upper-cases <paramref name="input"/> and drops every space, tab or other white space,
    /// because people type postcodes with any spacing. Returns null when the result could not be
    /// a postcode part of at most <paramref name="maxLength"/> characters.
    /// </summary>
    public static string? Compact(string input, int maxLength)
    {
        Span<char> buffer = stackalloc char[maxLength];
        var length = 0;
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (length == maxLength) return null;
            buffer[length++] = char.ToUpperInvariant(c);
        }
        return new string(buffer[..length]);
    }

    /// <summary>The letters an outward code starts with: the postcode area (LS for LS6).</summary>
    public static string AreaOf(string outward)
    {
        var letters = 0;
        while (letters < outward.Length && char.IsAsciiLetter(outward[letters])) letters++;
        return outward[..letters];
    }
}
