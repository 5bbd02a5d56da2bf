using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Bookings.Visits;

internal static class VisitViews
{
    public static VisitView ViewFor(this Visit v, Booking booking, OfferParty side, DateTimeOffset now, VisitSettings settings) => new(
        v.Id, v.BookingId, v.CarerProfileId, v.CoverCarerName ?? booking.CarerName, booking.Sector, UkCalendar.ToUkTime(v.StartsAt), UkCalendar.ToUkTime(v.EndsAt), v.Status,
        v.CheckedInAt, v.CheckedOutAt, v.CarerNotes, v.ApprovedAt, v.ApprovedAutomatically, v.CancelledBy, v.LateCancellation,
        CanCheckIn: side == OfferParty.Carer && v.CanCheckIn(now, settings),
        CanCheckOut: side == OfferParty.Carer && v.CanCheckOut,
        CanApprove: side == OfferParty.Seeker && v.CanApprove,
        CanCancel: v.CanCancel(now));
}
