using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>A visit was cancelled, by whom, how long before its start, and whether that counts as late.</summary>
public sealed record VisitCancelled(Guid VisitId, Guid BookingId, Guid CarerProfileId, CancelledBy By, TimeSpan Notice, bool Late) : IntegrationEvent;
