namespace CareMatch.Bookings.Cover;

/// <summary>One carer asked to cover one visit, in one wave. Open until they volunteer or the search moves past them.</summary>
internal sealed class CoverOffer(Guid coverRequestId, Guid carerProfileId, string carerName, int wave, DateTimeOffset sentAt)
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CoverRequestId { get; private set; } = coverRequestId;

    public Guid CarerProfileId { get; private set; } = carerProfileId;

    public string CarerName { get; private set; } = carerName;

    public int Wave { get; private set; } = wave;

    public DateTimeOffset SentAt { get; private set; } = sentAt;

    public bool Volunteered { get; private set; }

    public void Volunteer() => Volunteered = true;
}
