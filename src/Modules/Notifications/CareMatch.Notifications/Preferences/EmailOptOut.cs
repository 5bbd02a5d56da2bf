using CareMatch.Notifications.Contracts;

namespace CareMatch.Notifications.Preferences;

/// <summary>
/// A person turned one kind of email off. No row: that kind's emails are on. One row per person
/// and kind (the key), so an unsubscribe link used twice finds it already there.
/// </summary>
internal sealed class EmailOptOut(string userId, NotificationKind kind, DateTimeOffset turnedOffAt)
{
    public string UserId { get; private set; } = userId;

    public NotificationKind Kind { get; private set; } = kind;

    public DateTimeOffset TurnedOffAt { get; private set; } = turnedOffAt;
}
