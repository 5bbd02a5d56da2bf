namespace CareMatch.Notifications.Contracts;

/// <summary>Which kinds a person may turn off: every kind but the safety ones.</summary>
public static class NotificationKinds
{
    /// <summary>
    /// Safety kinds always reach the person by email: a concern about them, or a change to their
    /// account's security, is something they must not miss because of a setting made long ago.
    /// </summary>
    public static bool IsSafety(NotificationKind kind) => kind is NotificationKind.Safeguarding or NotificationKind.AccountSecurity;

    public static IReadOnlyList<NotificationKind> All { get; } = Enum.GetValues<NotificationKind>();

    public static IReadOnlyList<NotificationKind> CanBeTurnedOff { get; } = [.. All.Where(kind => !IsSafety(kind))];
}
