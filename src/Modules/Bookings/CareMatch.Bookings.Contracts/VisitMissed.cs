using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>Nobody checked in to a visit: it was marked missed some hours after it was due to end.</summary>
public sealed record VisitMissed(Guid VisitId, Guid BookingId, Guid CarerProfileId, DateTimeOffset StartsAt) : IntegrationEvent;
