using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>Either side ends the whole booking: every visit still to come is cancelled.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record EndBooking(Guid BookingId, string? Reason) : ICommand;
