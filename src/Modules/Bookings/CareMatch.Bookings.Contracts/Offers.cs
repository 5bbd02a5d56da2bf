using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>Who started an offer: the seeker inviting a carer, or a carer applying to a request.</summary>
public enum OfferKind
{
    Invitation = 1,
    Application,
}

public enum OfferStatus
{
    Pending = 1,
    Accepted,
    Declined,
    Withdrawn,
    Expired,

    /// <summary>The request was booked with someone else first.</summary>
    Taken,
}

/// <summary>A seeker invites a carer to their own open request, with an optional message. Returns the offer's id.</summary>
[SentBy(Roles.Seeker)]
public sealed record InviteCarer(Guid RequestId, Guid CarerProfileId, string? Message) : ICommand<Guid>;

/// <summary>The signed-in, bookable carer applies to an open request, with an optional message. Returns the offer's id.</summary>
[SentBy(Roles.Carer)]
public sealed record ApplyToRequest(Guid RequestId, string? Message) : ICommand<Guid>;

/// <summary>
/// The side that did not start the offer accepts it. The first acceptance for a request books
/// it; any later one is told the request is already taken. Returns the booking's id.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record AcceptOffer(Guid OfferId) : ICommand<Guid>;

/// <summary>The side that did not start the offer says no, optionally saying why.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record DeclineOffer(Guid OfferId, string? Reason) : ICommand;

/// <summary>The side that started the offer takes it back while it is still pending.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record WithdrawOffer(Guid OfferId) : ICommand;

/// <summary>One offer, for either of its two sides; anyone else gets not found.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetOffer(Guid OfferId) : IQuery<OfferView>;

/// <summary>The signed-in carer's offers: invitations to them and their applications, newest first.</summary>
[SentBy(Roles.Carer)]
public sealed record ListMyOffersAsCarer : IQuery<IReadOnlyList<OfferView>>;

/// <summary>The offers on one of the signed-in seeker's own requests, and its booking once booked.</summary>
[SentBy(Roles.Seeker)]
public sealed record ListOffersForMyRequest(Guid RequestId) : IQuery<RequestOffers>;

/// <summary>The offers on a request, and how long a new offer would stay open (the configured lifetime).</summary>
public sealed record RequestOffers(Guid RequestId, IReadOnlyList<OfferView> Offers, Guid? BookingId, TimeSpan OfferLifetime);

/// <summary>How long an offer sent now stays open (<c>Bookings:OfferLifetime</c>), for pages that explain it before one is sent.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetOfferLifetime : IQuery<TimeSpan>;

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

/// <summary>Offers waiting for the signed-in person's answer: invitations for a carer, applications for a seeker.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record ListOffersAwaitingMyAnswer : IQuery<IReadOnlyList<OfferView>>;
