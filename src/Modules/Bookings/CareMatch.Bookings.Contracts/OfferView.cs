namespace CareMatch.Bookings.Contracts;

/// <summary>
/// An offer as either side sees it: public facts only (the carer's display name and the
/// request's sector; never an address). The Can* flags say what the viewer may do now, and
/// <see cref="Closed"/> says in words why it can no longer be accepted.
/// </summary>
public sealed record OfferView(
    Guid OfferId,
    OfferKind Kind,
    OfferStatus Status,
    Guid RequestId,
    string Sector,
    Guid CarerProfileId,
    string CarerName,
    string? Message,
    string? DeclineReason,
    DateTimeOffset SentAt,
    DateTimeOffset ExpiresAt,
    Guid? BookingId,
    bool CanAccept,
    bool CanDecline,
    bool CanWithdraw,
    string? Closed);
