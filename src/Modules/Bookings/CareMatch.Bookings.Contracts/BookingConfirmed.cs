using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>A request was booked: one carer, at one hourly rate (pence). Needs marks the request booked.</summary>
public sealed record BookingConfirmed(Guid BookingId, Guid RequestId, Guid CarerProfileId, string SeekerUserId, long HourlyRatePence) : IntegrationEvent;
