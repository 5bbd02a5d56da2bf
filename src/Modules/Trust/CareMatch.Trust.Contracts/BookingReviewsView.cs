namespace CareMatch.Trust.Contracts;

/// <param name="OtherSide">Who the reader reviews: the carer's name, or "the family".</param>
/// <param name="Open">Whether reviews can be written yet: from the first completed visit.</param>
/// <param name="Mine">The reader's own review, once written.</param>
/// <param name="Theirs">The other side's review: only once published, whether or not it was written.</param>
/// <param name="PublishesAt">When both reviews are published if one side has not written by then.</param>
public sealed record BookingReviewsView(
    Guid BookingId,
    bool ReaderIsSeeker,
    string OtherSide,
    bool Open,
    ReviewView? Mine,
    ReviewView? Theirs,
    bool Published,
    DateTimeOffset? PublishesAt);
