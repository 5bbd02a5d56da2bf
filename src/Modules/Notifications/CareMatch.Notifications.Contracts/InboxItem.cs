namespace CareMatch.Notifications.Contracts;

/// <summary>One notification in the inbox. <see cref="Read"/>: opened at least once.</summary>
public sealed record InboxItem(Guid Id, NotificationKind Kind, string Title, string Body, DateTimeOffset CreatedAt, bool Read);
