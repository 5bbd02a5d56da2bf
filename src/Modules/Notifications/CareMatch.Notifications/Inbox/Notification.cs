using CareMatch.Notifications.Contracts;

namespace CareMatch.Notifications.Inbox;

/// <summary>
/// One thing one person was told, kept for their inbox whether or not it was also emailed.
/// <see cref="Link"/> is a path on this site; <see cref="ReadAt"/> is set the first time they open it.
/// </summary>
internal sealed class Notification
{
    public const int TitleMaxLength = 200;

    public const int BodyMaxLength = 4000;

    public const int LinkMaxLength = 400;

    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public NotificationKind Kind { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public string Link { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification Write(string userId, NotificationKind kind, string title, string body, string link, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        UserId = userId,
        Kind = kind,
        Title = title,
        Body = body,
        Link = link,
        CreatedAt = now,
    };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
