using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>A request was booked: one carer, at one hourly rate (pence). Needs marks the request booked.</summary>
public sealed record BookingConfirmed(Guid BookingId, Guid RequestId, Guid CarerProfileId, string SeekerUserId, long HourlyRatePence) : IntegrationEvent;

/// <summary>The carer checked out of a visit.</summary>
public sealed record VisitCompleted(Guid VisitId, Guid BookingId, Guid CarerProfileId, DateTimeOffset CheckedInAt, DateTimeOffset CheckedOutAt) : IntegrationEvent;

/// <summary>A completed visit was approved, by the seeker or automatically after 24 hours: Payments may capture it.</summary>
public sealed record VisitApproved(Guid VisitId, Guid BookingId, Guid CarerProfileId, bool Automatically) : IntegrationEvent;

/// <summary>A visit was cancelled, by whom, how long before its start, and whether that counts as late.</summary>
public sealed record VisitCancelled(Guid VisitId, Guid BookingId, Guid CarerProfileId, CancelledBy By, TimeSpan Notice, bool Late) : IntegrationEvent;

/// <summary>A booking ended; its remaining visits were cancelled. Needs closes the request.</summary>
public sealed record BookingEnded(Guid BookingId, Guid RequestId, Guid CarerProfileId, string Reason) : IntegrationEvent;
