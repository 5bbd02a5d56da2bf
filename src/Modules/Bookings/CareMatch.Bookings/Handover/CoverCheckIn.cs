using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Persistence;
using CareMatch.Bookings.Visits;
using CareMatch.SharedKernel.Validation;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Handover;

/// <summary>
/// A carer covering a visit has never met the person, so they read the handover card before they
/// check in (any opening of this request's card counts). The booked carer is not held to this:
/// they read it when they were booked and know the person; their openings are recorded all the same.
/// </summary>
internal static class CoverCheckIn
{
    public const string OpenTheCardFirst = "Open the handover card before you check in. You are covering this visit, so read what the family wrote about the person you are visiting.";

    public static async Task<bool> CardStillToOpenAsync(BookingsDbContext db, Visit visit, Booking booking, CancellationToken cancellationToken) =>
        visit.CoverCarerName is not null
        && !await db.HandoverCardOpenings.AnyAsync(o => o.RequestId == booking.RequestId && o.CarerProfileId == visit.CarerProfileId, cancellationToken);

    public static async Task EnsureCardOpenedAsync(BookingsDbContext db, Visit visit, Booking booking, CancellationToken cancellationToken)
    {
        if (await CardStillToOpenAsync(db, visit, booking, cancellationToken)) throw new InputValidationException(OpenTheCardFirst);
    }
}
