using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// A seeker invited a carer to a request, or a carer applied to one. From then on the two may
/// write to each other about it (Trust), and the side it was sent to is told (Notifications).
/// The carer's name and the request's postcode sector are the public facts the offer was sent with.
/// </summary>
public sealed record OfferSent(Guid OfferId, OfferKind Kind, Guid RequestId, string SeekerUserId, Guid CarerProfileId, string CarerName, string Sector, DateTimeOffset ExpiresAt) : IntegrationEvent;
