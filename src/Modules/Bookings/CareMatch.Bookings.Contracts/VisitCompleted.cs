using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>The carer checked out of a visit. <see cref="StartsAt"/> is when it was due to start (null in events from before it was added), for whether the check-in was on time.</summary>
public sealed record VisitCompleted(Guid VisitId, Guid BookingId, Guid CarerProfileId, DateTimeOffset CheckedInAt, DateTimeOffset CheckedOutAt, DateTimeOffset? StartsAt = null) : IntegrationEvent;
