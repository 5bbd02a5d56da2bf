namespace CareMatch.Trust.Contracts;

/// <param name="About">Who the review is about, in words: the carer's name, or "The family of a request in LS6 2".</param>
/// <param name="Published">Whether the other side and (for a carer) families can see it yet.</param>
public sealed record FlaggedReview(Guid ReviewId, string About, bool ByFamily, int Stars, string Text, DateTimeOffset WrittenAt, bool Published, DateTimeOffset? HiddenAt, string? HiddenReason);
