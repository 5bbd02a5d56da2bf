using System.Text.RegularExpressions;

namespace CareMatch.Trust.Messages;

/// <summary>
/// Hides phone numbers, email addresses and links in a message shown before a booking. It
/// looks for the usual written forms (07700 900123, +44 7700 900 123, (0113) 496-0000,
/// name@example.org, https://…, www.…, example.co.uk); numbers spelled out in words get
/// through, which is why admins can read a thread a concern names.
/// </summary>
internal static partial class ContactDetailsMask
{
    public const string PhoneHidden = "[phone number hidden]";
    public const string EmailHidden = "[email address hidden]";
    public const string LinkHidden = "[link hidden]";

    // A UK phone number has 10 or 11 digits (12 with 44); 9 is the fewest a stranger could still call with a guess.
    private const int FewestPhoneDigits = 9;

    public static (string Text, bool Masked) Mask(string text)
    {
        var masked = EmailPattern().Replace(text, EmailHidden);
        masked = LinkPattern().Replace(masked, LinkHidden);
        masked = PhonePattern().Replace(masked, m => m.Value.Count(char.IsAsciiDigit) >= FewestPhoneDigits ? PhoneHidden : m.Value);
        return (masked, !string.Equals(masked, text, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[A-Z0-9._%+\-]+\s*(@|\(at\)|\[at\])\s*[A-Z0-9\-]+(\.[A-Z0-9\-]+)*\.[A-Z]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\b(https?://|www\.)\S+|\b[A-Z0-9\-]+(\.[A-Z0-9\-]+)*\.(com|org|net|uk|io|me|info|biz|co)\b(/\S*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\+?\(?\d[\d\s\-().]{6,}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PhonePattern();
}
