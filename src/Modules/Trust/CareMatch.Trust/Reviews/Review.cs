using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;

namespace CareMatch.Trust.Reviews;

/// <summary>One side's review in a booking's round: stars, words, and what happened to it after.</summary>
internal sealed class Review
{
    private Review()
    {
    }

    public Guid Id { get; private set; }

    public Guid RoundId { get; private set; }

    public Side Author { get; private set; }

    /// <summary>The account that wrote it, so a family member writing for someone is named.</summary>
    public string AuthorUserId { get; private set; } = string.Empty;

    public int Stars { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public DateTimeOffset WrittenAt { get; private set; }

    /// <summary>Few stars: admins read it, in case it reports harm or is unfair.</summary>
    public bool Flagged { get; private set; }

    public string? Reply { get; private set; }

    public DateTimeOffset? RepliedAt { get; private set; }

    public DateTimeOffset? HiddenAt { get; private set; }

    public string? HiddenByUserId { get; private set; }

    public string? HiddenReason { get; private set; }

    public bool Hidden => HiddenAt is not null;

    public static Review Write(Guid roundId, Side author, string authorUserId, int stars, string text, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        RoundId = roundId,
        Author = author,
        AuthorUserId = authorUserId,
        Stars = stars,
        Text = text,
        WrittenAt = now,
        Flagged = stars <= ReviewLimits.FlaggedAtOrBelow,
    };

    public void Answer(string reply, DateTimeOffset now) => (Reply, RepliedAt) = (reply, now);

    public void Hide(string adminUserId, string reason, DateTimeOffset now) => (HiddenAt, HiddenByUserId, HiddenReason) = (now, adminUserId, reason);

    /// <param name="writtenBy">Who of the family wrote it, for the family's own eyes only.</param>
    public ReviewView View(string? writtenBy = null) => new(Id, Stars, Text, WrittenAt, Reply, HiddenReason, writtenBy);
}
