using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Outbox;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

/// <summary>Ending a booking: every visit still to come is cancelled by that side, and Needs hears the booking ended.</summary>
internal static class BookingEnding
{
    public static async Task EndAsync(BookingsDbContext db, Booking booking, CancelledBy by, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!booking.Active) return;
        foreach (var visit in await db.Visits.Where(v => v.BookingId == booking.Id && v.Status == VisitStatus.Scheduled).ToListAsync(cancellationToken))
        {
            if (!visit.CanCancel(now)) continue;
            visit.Cancel(by, reason, now);
            db.AddIntegrationEvent(new VisitCancelled(visit.Id, booking.Id, visit.CarerProfileId, by, visit.StartsAt - now, visit.LateCancellation, PlannedMinutes: visit.PlannedMinutes, EndsWithBooking: true) { OccurredAt = now });
        }

        booking.End(reason, now);
        db.AddIntegrationEvent(new BookingEnded(booking.Id, booking.RequestId, booking.CarerProfileId, reason) { OccurredAt = now });
    }
}
