using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// A booking as either side sees it. The booked carer sees the person's name, the seeker's
/// notes and the address only here, and only while the booking is active.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetBooking(Guid BookingId) : IQuery<BookingView>;
