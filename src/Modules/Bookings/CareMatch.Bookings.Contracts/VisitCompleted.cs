using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>The carer checked out of a visit.</summary>
public sealed record VisitCompleted(Guid VisitId, Guid BookingId, Guid CarerProfileId, DateTimeOffset CheckedInAt, DateTimeOffset CheckedOutAt) : IntegrationEvent;
