using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

/// <summary>A visit, its booking and the viewer's side: the visit's carer or the booking's seeker; anyone else gets not found.</summary>
internal static class VisitAccess
{
    public static async Task<(Visit Visit, Booking Booking, OfferParty Side)> LoadAsync(BookingsDbContext db, CurrentParty party, Guid visitId, CancellationToken cancellationToken)
    {
        var visit = await db.Visits.SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken) ?? throw new NotFoundException($"No visit {visitId}.");
        var booking = await db.Bookings.SingleAsync(b => b.Id == visit.BookingId, cancellationToken);
        var side = await party.SideOfAsync(booking.SeekerUserId, booking.RequestId, visit.CarerProfileId, cancellationToken);
        return side == OfferParty.None ? throw new NotFoundException($"No visit {visitId}.") : (visit, booking, side);
    }

    public static async Task<(Booking Booking, OfferParty Side)> LoadBookingAsync(BookingsDbContext db, CurrentParty party, Guid bookingId, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken) ?? throw new NotFoundException($"No booking {bookingId}.");
        var side = await party.SideOfAsync(booking.SeekerUserId, booking.RequestId, booking.CarerProfileId, cancellationToken);
        return side == OfferParty.None ? throw new NotFoundException($"No booking {bookingId}.") : (booking, side);
    }
}
