using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// The side an offer was sent to accepted or declined it, at <see cref="IntegrationEvent.OccurredAt"/>.
/// Carries when it was sent, so Matching can time how quickly a carer answers invitations, and
/// both parties, so the sender can be told.
/// </summary>
public sealed record OfferAnswered(Guid OfferId, OfferKind Kind, Guid RequestId, string SeekerUserId, Guid CarerProfileId, bool Accepted, DateTimeOffset SentAt) : IntegrationEvent;
