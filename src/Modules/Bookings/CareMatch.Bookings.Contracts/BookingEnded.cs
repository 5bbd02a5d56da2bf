using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>A booking ended; its remaining visits were cancelled. Needs closes the request; both sides are told. <see cref="SeekerUserId"/>: null in events from before it was added.</summary>
public sealed record BookingEnded(Guid BookingId, Guid RequestId, Guid CarerProfileId, string Reason, string? SeekerUserId = null) : IntegrationEvent;
