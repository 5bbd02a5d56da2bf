namespace CareMatch.Matching.TrackRecords;

/// <summary>
/// What a carer has done on CareMatch, counted from Bookings' events: visits completed (which
/// ends the new-carer boost bit by bit) and visits they cancelled (which lowers reliability).
/// </summary>
internal sealed class CarerTrackRecord(Guid carerProfileId)
{
    public Guid CarerProfileId { get; private set; } = carerProfileId;

    public int CompletedVisits { get; private set; }

    public int CarerCancellations { get; private set; }

    public void Completed() => CompletedVisits++;

    public void CancelledByCarer() => CarerCancellations++;
}
