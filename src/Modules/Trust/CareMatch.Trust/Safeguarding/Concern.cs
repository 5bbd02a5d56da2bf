using CareMatch.Trust.Contracts;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// A safeguarding concern about a message, a person or a visit. It is a safeguarding record: kept
/// when the raiser's account is deleted (their id is kept so the admins and the council can follow
/// it up with the records they hold), as a council keeps its own safeguarding referrals. What it is
/// about is copied in when raised (a name, a visit's times), so it still reads when the booking,
/// visit or thread is gone.
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

    public ConcernSubject Subject { get; private set; }

    public Guid? ConversationId { get; private set; }

    public Guid? MessageId { get; private set; }

    public Guid? CarerProfileId { get; private set; }

    public Guid? BookingId { get; private set; }

    public Guid? VisitId { get; private set; }

    /// <summary>The carer's name, or the first name of the person cared for (a concern about the family), when raised.</summary>
    public string? AboutName { get; private set; }

    public DateTimeOffset? VisitStartsAt { get; private set; }

    public DateTimeOffset? VisitEndsAt { get; private set; }

    public string District { get; private set; } = string.Empty;

    public Guid? CouncilId { get; private set; }

    public string WhatHappened { get; private set; } = string.Empty;

    public bool Urgent { get; private set; }

    public ConcernStatus Status { get; private set; }

    public string? OwnerUserId { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset? CouncilEmailedAt { get; private set; }

    /// <summary>When sending it to the council last failed; set until it is sent, so the retry job finds it.</summary>
    public DateTimeOffset? CouncilEmailFailedAt { get; private set; }

    public static Concern Raise(string userId, ConcernSubjectFacts about, string whatHappened, bool urgent, DateTimeOffset now)
    {
        var id = Guid.NewGuid();
        return new Concern
        {
            Id = id,
            Reference = $"SG-{id.ToString("N")[..8].ToUpperInvariant()}",
            RaisedByUserId = userId,
            Subject = about.Subject,
            ConversationId = about.ConversationId,
            MessageId = about.MessageId,
            CarerProfileId = about.CarerProfileId,
            BookingId = about.BookingId,
            VisitId = about.VisitId,
            AboutName = about.AboutName,
            VisitStartsAt = about.VisitStartsAt,
            VisitEndsAt = about.VisitEndsAt,
            District = about.District,
            CouncilId = about.CouncilId,
            WhatHappened = whatHappened,
            Urgent = urgent,
            Status = ConcernStatus.New,
            RaisedAt = now,
        };
    }

    /// <summary>What it is about, as raised.</summary>
    public ConcernSubjectFacts About => new(Subject, ConversationId, MessageId, CarerProfileId, BookingId, VisitId, AboutName, VisitStartsAt, VisitEndsAt, District, CouncilId);

    public void MarkCouncilEmailed(DateTimeOffset at) => (CouncilEmailedAt, CouncilEmailFailedAt) = (at, null);

    public void MarkCouncilEmailFailed(DateTimeOffset at) => CouncilEmailFailedAt = at;

    public void AssignTo(string adminUserId) => OwnerUserId = adminUserId;

    public void MoveTo(ConcernStatus status) => Status = status;
}
