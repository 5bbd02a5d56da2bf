using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;

namespace CareMatch.Bookings.Visits;

/// <summary>One shape of a visit for Payments, from the visit and its booking.</summary>
internal static class VisitsForPayment
{
    public static VisitForPayment Of(Visit visit, Booking booking) => new(
        visit.Id,
        booking.Id,
        visit.CarerProfileId,
        booking.SeekerUserId,
        booking.HourlyRatePence,
        visit.StartsAt,
        visit.EndsAt,
        visit.Status,
        visit.CheckedInAt,
        visit.CheckedOutAt,
        visit.ApprovedAt is not null,
        visit.CancelledBy,
        visit.LateCancellation);
}
