namespace CareMatch.Bookings.Handover;

/// <summary>A carer opened a request's handover card from one of their visits. Kept so the seeker sees who read it, and so a cover carer may check in.</summary>
internal sealed class HandoverCardOpening(Guid requestId, Guid visitId, Guid carerProfileId, string carerName, bool covering, DateTimeOffset openedAt)
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RequestId { get; private set; } = requestId;

    public Guid VisitId { get; private set; } = visitId;

    public Guid CarerProfileId { get; private set; } = carerProfileId;

    public string CarerName { get; private set; } = carerName;

    public bool Covering { get; private set; } = covering;

    public DateTimeOffset OpenedAt { get; private set; } = openedAt;
}
