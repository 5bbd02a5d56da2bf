using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

/// <summary>The booked carer sees the address here, and only here; the seeker sees the carer and the visits to come.</summary>
internal sealed class GetBookingHandler(IModuleSender sender, CurrentParty party, BookingsDbContext db, VisitSettings settings, IClock clock) : IQueryHandler<GetBooking, BookingView>
{
    public async ValueTask<BookingView> Handle(GetBooking query, CancellationToken cancellationToken)
    {
        var (booking, side) = await VisitAccess.LoadBookingAsync(db, party, query.BookingId, cancellationToken);
        var now = clock.UtcNow;
        var upcoming = await db.Visits.AsNoTracking().Where(v => v.BookingId == booking.Id && v.EndsAt > now).ToListAsync(cancellationToken);
        var forCarer = side == OfferParty.Carer ? await PrivateDetails.ForCarerAsync(sender, booking, cancellationToken) : null;

        return new BookingView(
            booking.Id, booking.RequestId, booking.CarerProfileId, booking.CarerName, booking.Sector, forCarer, booking.HourlyRatePence, booking.ConfirmedAt,
            booking.Active, booking.EndReason, upcoming.OrderBy(v => v.StartsAt).Select(v => v.ViewFor(booking, side, now, settings) with { ForCarer = forCarer }).ToList(), CanEnd: booking.Active);
    }
}
