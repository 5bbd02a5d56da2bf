using System.Globalization;
using System.Security.Cryptography;
using CareMatch.Notifications.Contracts;
using Microsoft.AspNetCore.DataProtection;

namespace CareMatch.Notifications.Preferences;

/// <summary>
/// The signed token in an unsubscribe link: one person and one kind, protected by the app's Data
/// Protection keys (shared by every node through the database). Changing a single character, or
/// writing another person's id into it, breaks the signature, so a link can only ever turn off
/// the one kind for the one person it was sent to. It does not expire: an old email's link still works.
/// </summary>
internal sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    private const char Separator = '\n';

    private readonly IDataProtector _protector = protection.CreateProtector("CareMatch.Notifications.Unsubscribe.v1");

    public string For(string userId, NotificationKind kind) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{userId}{Separator}{(int)kind}"));

    /// <summary>The person and kind the token names, or null when it is not one of ours, or names a kind that cannot be turned off.</summary>
    public (string UserId, NotificationKind Kind)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        string payload;
        try
        {
            payload = _protector.Unprotect(token.Trim());
        }
        catch (Exception invalid) when (invalid is CryptographicException or FormatException)
        {
            return null;
        }

        var parts = payload.Split(Separator);
        if (parts is not [{ Length: > 0 } userId, var number]
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || !Enum.IsDefined(typeof(NotificationKind), value)) return null;
        var kind = (NotificationKind)value;
        return NotificationKinds.IsSafety(kind) ? null : (userId, kind);
    }
}
