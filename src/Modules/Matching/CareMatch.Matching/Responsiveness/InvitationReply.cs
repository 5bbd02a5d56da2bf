namespace CareMatch.Matching.Responsiveness;

/// <summary>
/// One invitation a carer answered (accepted or declined) and how long they took: the raw
/// material of the engine's responsiveness factor.
/// </summary>
internal sealed class InvitationReply
{
    private InvitationReply()
    {
    }

    public Guid OfferId { get; private set; }

    public Guid CarerProfileId { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public static InvitationReply Of(Guid offerId, Guid carerProfileId, DateTimeOffset sentAt, DateTimeOffset answeredAt) => new()
    {
        OfferId = offerId,
        CarerProfileId = carerProfileId,
        SentAt = sentAt,
        AnsweredAt = answeredAt,
    };
}
