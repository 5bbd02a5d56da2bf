namespace CareMatch.Matching.Alerts;

/// <summary>
/// A carer was told a request fits them. One per carer and request (a unique key), so
/// re-matching the same request again never tells the same carer twice.
/// </summary>
internal sealed class SentJobAlert(Guid carerProfileId, Guid requestId, int rank, DateTimeOffset sentAt)
{
    public Guid CarerProfileId { get; private set; } = carerProfileId;

    public Guid RequestId { get; private set; } = requestId;

    /// <summary>Where the carer ranked on the request's shortlist when told.</summary>
    public int Rank { get; private set; } = rank;

    public DateTimeOffset SentAt { get; private set; } = sentAt;

    public DateTimeOffset? SeenAt { get; private set; }

    public void MarkSeen(DateTimeOffset now) => SeenAt ??= now;
}
