using CareMatch.Trust.Contracts;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// A safeguarding concern about one message. It is a safeguarding record: kept when the raiser's
/// account is deleted (their id is kept so the admins and the council can follow it up with the
/// records they hold), as a council keeps its own safeguarding referrals.
/// </summary>
internal sealed class Concern
{
    private Concern()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Short and readable on the phone: what the council and the raiser quote.</summary>
    public string Reference { get; private set; } = string.Empty;

    public string RaisedByUserId { get; private set; } = string.Empty;

    public Guid ConversationId { get; private set; }

    public Guid MessageId { get; private set; }

    public string District { get; private set; } = string.Empty;

    public Guid? CouncilId { get; private set; }

    public string WhatHappened { get; private set; } = string.Empty;

    public bool Urgent { get; private set; }

    public ConcernStatus Status { get; private set; }

    public string? OwnerUserId { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset? CouncilEmailedAt { get; private set; }

    public static Concern Raise(string userId, Guid conversationId, Guid messageId, string district, Guid? councilId, string whatHappened, bool urgent, DateTimeOffset now)
    {
        var id = Guid.NewGuid();
        return new Concern
        {
            Id = id,
            Reference = $"SG-{id.ToString("N")[..8].ToUpperInvariant()}",
            RaisedByUserId = userId,
            ConversationId = conversationId,
            MessageId = messageId,
            District = district,
            CouncilId = councilId,
            WhatHappened = whatHappened,
            Urgent = urgent,
            Status = ConcernStatus.New,
            RaisedAt = now,
        };
    }

    public void MarkCouncilEmailed(DateTimeOffset at) => CouncilEmailedAt = at;

    public void AssignTo(string adminUserId) => OwnerUserId = adminUserId;

    public void MoveTo(ConcernStatus status) => Status = status;
}
