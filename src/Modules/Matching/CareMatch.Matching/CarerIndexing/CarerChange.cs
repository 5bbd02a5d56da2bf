namespace CareMatch.Matching.CarerIndexing;

/// <summary>
/// A carer's matchable facts changed. Written by whichever node handles Providers' event, and
/// polled by every node so each in-memory index catches up without a full rebuild.
/// </summary>
internal sealed class CarerChange(Guid carerProfileId, DateTimeOffset changedAt)
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CarerProfileId { get; private set; } = carerProfileId;

    public DateTimeOffset ChangedAt { get; private set; } = changedAt;
}
