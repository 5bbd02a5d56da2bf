using CareMatch.Bookings.Contracts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Bookings.Offers;

/// <summary>
/// An invitation (seeker to carer) or an application (carer to request). Pending until the
/// other side accepts or declines, its sender withdraws it, it expires, or the request is
/// booked with someone else. Only a pending, unexpired offer can be accepted.
/// </summary>
internal sealed class Offer
{
    /// <summary>Told to whoever accepts after the request was booked with someone else, however they find out.</summary>
    public const string AlreadyTaken = "Sorry, this request has already been booked with another carer.";

    private Offer()
    {
    }

    public Guid Id { get; private set; }

    public OfferKind Kind { get; private set; }

    public OfferStatus Status { get; private set; }

    public Guid RequestId { get; private set; }

    public string SeekerUserId { get; private set; } = string.Empty;

    public Guid CarerProfileId { get; private set; }

    /// <summary>Public facts copied when sent, so lists need no further reads.</summary>
    public string CarerName { get; private set; } = string.Empty;

    public string Sector { get; private set; } = string.Empty;

    public string? Message { get; private set; }

    public string? DeclineReason { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public Guid? BookingId { get; private set; }

    public static Offer Send(OfferKind kind, Guid requestId, string seekerUserId, Guid carerProfileId, string carerName, string sector, string? message, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        Status = OfferStatus.Pending,
        RequestId = requestId,
        SeekerUserId = seekerUserId,
        CarerProfileId = carerProfileId,
        CarerName = carerName,
        Sector = sector,
        Message = message,
        SentAt = now,
        ExpiresAt = now + lifetime,
    };

    public bool IsPending(DateTimeOffset now) => Status == OfferStatus.Pending && now < ExpiresAt;

    /// <summary>The seeker answers applications; the carer answers invitations.</summary>
    public bool IsAnsweredBy(OfferParty party) => Kind == OfferKind.Invitation ? party == OfferParty.Carer : party == OfferParty.Seeker;

    /// <summary>Why this offer can no longer be accepted, in words for the person trying; null while it can.</summary>
    public string? WhyClosed(DateTimeOffset now) => Status switch
    {
        OfferStatus.Pending when now >= ExpiresAt => Expired,
        OfferStatus.Pending => null,
        OfferStatus.Accepted => "This offer has already been accepted.",
        OfferStatus.Declined => "This offer was declined.",
        OfferStatus.Withdrawn => Kind == OfferKind.Invitation ? "The seeker withdrew this invitation." : "The carer withdrew this application.",
        OfferStatus.Expired => Expired,
        OfferStatus.Taken => AlreadyTaken,
        _ => "This offer is closed.",
    };

    // The lifetime this offer was sent with: the setting may have changed since.
    private string Expired => $"This offer has expired: offers last {TimeWords.Duration(ExpiresAt - SentAt)}.";

    public void Accept(Guid bookingId, DateTimeOffset now) => Close(OfferStatus.Accepted, now, bookingId);

    public void Decline(string? reason, DateTimeOffset now)
    {
        Close(OfferStatus.Declined, now);
        DeclineReason = reason;
    }

    public void Withdraw(DateTimeOffset now) => Close(OfferStatus.Withdrawn, now);

    public void Expire(DateTimeOffset now) => Close(OfferStatus.Expired, now);

    public void MarkTaken(DateTimeOffset now) => Close(OfferStatus.Taken, now);

    private void Close(OfferStatus status, DateTimeOffset now, Guid? bookingId = null)
    {
        if (Status != OfferStatus.Pending) throw new InvalidOperationException($"Offer {Id} is {Status}, not pending.");
        (Status, RespondedAt, BookingId) = (status, now, bookingId);
    }
}
