using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>For Notifications: the seeker's account on a booking (to tell them it ended), or null when there is no such booking.</summary>
[SentByModules]
public sealed record FindBookingSeeker(Guid BookingId) : IQuery<string?>;
