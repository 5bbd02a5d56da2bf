using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Bookings.Visits;

/// <summary>Either side ends the booking: every visit still to come is cancelled by them, and Needs closes the request.</summary>
internal sealed class EndBookingHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<EndBooking>
{
    public async ValueTask<Unit> Handle(EndBooking command, CancellationToken cancellationToken)
    {
        var (booking, side) = await VisitAccess.LoadBookingAsync(db, party, command.BookingId, cancellationToken);
        if (!booking.Active) return Unit.Value;
        var now = clock.UtcNow;
        var by = side == OfferParty.Seeker ? CancelledBy.Seeker : CancelledBy.Carer;
        var reason = OfferRules.Tidy(command.Reason) ?? $"Ended by the {by.ToString().ToLowerInvariant()}";
        await BookingEnding.EndAsync(db, booking, by, reason, now, cancellationToken);
        if (side == OfferParty.Seeker) db.FamilyDid(party, booking.RequestId, $"Ended the booking with {booking.CarerName}", now);
        return Unit.Value;
    }
}
