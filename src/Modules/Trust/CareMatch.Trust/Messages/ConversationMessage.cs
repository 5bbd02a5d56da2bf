using CareMatch.Trust.Parties;
namespace CareMatch.Trust.Messages;

/// <summary>
/// One message as written. The words are kept exactly; masking happens when they are shown,
/// so a booking confirmed later reveals the details already given.
/// </summary>
internal sealed class ConversationMessage
{
    private ConversationMessage()
    {
    }

    public Guid Id { get; private set; }

    public Guid ConversationId { get; private set; }

    public Side Author { get; private set; }

    /// <summary>The account that wrote it, so a family member writing for someone is named.</summary>
    public string AuthorUserId { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public DateTimeOffset SentAt { get; private set; }

    public static ConversationMessage Write(Guid conversationId, Side author, string authorUserId, string body, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        ConversationId = conversationId,
        Author = author,
        AuthorUserId = authorUserId,
        Body = body,
        SentAt = now,
    };
}
