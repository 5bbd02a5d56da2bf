using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>Nobody checked in to a visit: it was marked missed some hours after it was due to end. <see cref="PlannedMinutes"/>: how long it was to be (0 in events from before it was added).</summary>
public sealed record VisitMissed(Guid VisitId, Guid BookingId, Guid CarerProfileId, DateTimeOffset StartsAt, int PlannedMinutes = 0) : IntegrationEvent;
