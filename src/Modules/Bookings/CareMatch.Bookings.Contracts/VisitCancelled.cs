using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// A visit was cancelled, by whom, how long before its start, and whether that counts as late.
/// <see cref="CoverSought"/>: the carer cancelled and the search for someone to cover it began
/// (false in events from before it was added). <see cref="PlannedMinutes"/>: how long the visit was to be (0 in events from before it was added).
/// <see cref="EndsWithBooking"/>: cancelled because its booking ended, so a <see cref="BookingEnded"/> follows
/// that tells both sides once (false in events from before it was added).
/// </summary>
public sealed record VisitCancelled(Guid VisitId, Guid BookingId, Guid CarerProfileId, CancelledBy By, TimeSpan Notice, bool Late, bool CoverSought = false, int PlannedMinutes = 0, bool EndsWithBooking = false) : IntegrationEvent;
