using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>A request was booked: one carer, at one hourly rate (pence). Needs marks the request booked.</summary>
public sealed record BookingConfirmed(Guid BookingId, Guid RequestId, Guid CarerProfileId, string SeekerUserId, long HourlyRatePence) : IntegrationEvent;

/// <summary>
/// Visits were added for a carer after the booking was confirmed: by the daily four-week
/// horizon, or a cover visit the seeker approved. The carer's booked times changed, so Matching
/// re-reads them and no node's index offers the carer for those times.
/// </summary>
public sealed record VisitsScheduled(Guid BookingId, Guid CarerProfileId, int Visits) : IntegrationEvent;

/// <summary>The carer checked out of a visit.</summary>
public sealed record VisitCompleted(Guid VisitId, Guid BookingId, Guid CarerProfileId, DateTimeOffset CheckedInAt, DateTimeOffset CheckedOutAt) : IntegrationEvent;

/// <summary>A completed visit was approved, by the seeker or automatically after <see cref="VisitTerms.AutoApproveAfter"/>: Payments may capture it.</summary>
public sealed record VisitApproved(Guid VisitId, Guid BookingId, Guid CarerProfileId, bool Automatically) : IntegrationEvent;

/// <summary>A visit was cancelled, by whom, how long before its start, and whether that counts as late.</summary>
public sealed record VisitCancelled(Guid VisitId, Guid BookingId, Guid CarerProfileId, CancelledBy By, TimeSpan Notice, bool Late) : IntegrationEvent;

/// <summary>A booking ended; its remaining visits were cancelled. Needs closes the request.</summary>
public sealed record BookingEnded(Guid BookingId, Guid RequestId, Guid CarerProfileId, string Reason) : IntegrationEvent;
