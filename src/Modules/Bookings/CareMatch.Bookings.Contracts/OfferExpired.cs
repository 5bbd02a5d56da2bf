using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// An offer lapsed at <see cref="ExpiresAt"/> with nobody answering it (noticed later, at
/// <see cref="IntegrationEvent.OccurredAt"/>). Matching counts an invitation left to lapse
/// against how quickly the carer answers, so ignoring invitations is never better than answering.
/// </summary>
public sealed record OfferExpired(Guid OfferId, OfferKind Kind, Guid RequestId, string SeekerUserId, Guid CarerProfileId, DateTimeOffset SentAt, DateTimeOffset ExpiresAt) : IntegrationEvent;
