using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>A booking ended; its remaining visits were cancelled. Needs closes the request.</summary>
public sealed record BookingEnded(Guid BookingId, Guid RequestId, Guid CarerProfileId, string Reason) : IntegrationEvent;
