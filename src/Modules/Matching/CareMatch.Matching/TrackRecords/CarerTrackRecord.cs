namespace CareMatch.Matching.TrackRecords;

/// <summary>
/// What a carer has done on CareMatch, counted from Bookings' events: visits completed (which
/// ends the new-carer boost bit by bit) and visits they cancelled (which lowers reliability);
/// and what families said of it, as Trust counts it: the stars of their published reviews.
/// </summary>
internal sealed class CarerTrackRecord(Guid carerProfileId)
{
    public Guid CarerProfileId { get; private set; } = carerProfileId;

    public int CompletedVisits { get; private set; }

    public int CarerCancellations { get; private set; }

    public int RatingSum { get; private set; }

    public int RatingCount { get; private set; }

    public void Completed() => CompletedVisits++;

    /// <summary>Trust sends the whole count each time, so the latest simply replaces the last.</summary>
    public void Rated(int ratingSum, int ratingCount) => (RatingSum, RatingCount) = (ratingSum, ratingCount);

    public void CancelledByCarer() => CarerCancellations++;
}
