namespace CareMatch.Matching.Responsiveness;

/// <summary>
/// One invitation a carer answered (accepted or declined) or left to lapse, and how long it was
/// theirs to answer: the raw material of the engine's responsiveness factor. A lapsed
/// invitation is kept as "answered" when it lapsed, so it counts at its full lifetime.
/// </summary>
internal sealed class InvitationReply
{
    private InvitationReply()
    {
    }

    public Guid OfferId { get; private set; }

    public Guid CarerProfileId { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>When the carer answered or, for an invitation left unanswered, when it lapsed.</summary>
    public DateTimeOffset AnsweredAt { get; private set; }

    public static InvitationReply Of(Guid offerId, Guid carerProfileId, DateTimeOffset sentAt, DateTimeOffset answeredAt) => new()
    {
        OfferId = offerId,
        CarerProfileId = carerProfileId,
        SentAt = sentAt,
        AnsweredAt = answeredAt,
    };
}
