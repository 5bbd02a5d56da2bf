using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// Visits were added for a carer after the booking was confirmed: by the daily four-week
/// horizon, or a cover visit the seeker approved. The carer's booked times changed, so Matching
/// re-reads them and no node's index offers the carer for those times.
/// </summary>
public sealed record VisitsScheduled(Guid BookingId, Guid CarerProfileId, int Visits) : IntegrationEvent;
