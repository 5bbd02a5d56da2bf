namespace CareMatch.Notifications.Inbox;

/// <summary>What a notification may link to: a path on this site ("/Bookings/…"), never another site ("//evil.example", "https://…").</summary>
internal static class SiteLinks
{
    public static bool IsLocalPath(string? link) =>
        link is { Length: > 0 } && link[0] == '/' && (link.Length == 1 || (link[1] != '/' && link[1] != '\\'));
}
