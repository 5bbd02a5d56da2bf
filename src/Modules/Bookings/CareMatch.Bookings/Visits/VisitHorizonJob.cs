using CareMatch.Bookings.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Jobs;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Bookings.Visits;

/// <summary>
/// Daily: keeps every active booking's visits four weeks ahead. Bookings are saved one at a
/// time, so a visit the database refuses (it would overlap the carer's other booking) costs
/// only that booking's new visits, which are then added one by one, skipping the clash.
/// </summary>
internal sealed class VisitHorizonJob(ISender sender, BookingsDbContext db, IClock clock, ILogger<VisitHorizonJob> logger) : IRecurringJob
{
    public const string JobId = "bookings-visit-horizon";

    public string Id => JobId;

    public string Cron => "30 2 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var through = today.AddDays(VisitHorizon.Days - 1);
        var due = await db.Bookings.Where(b => b.EndedAt == null && b.VisitsThrough < through).Select(b => b.Id).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var bookingId in due)
        {
            var booking = await db.Bookings.SingleAsync(b => b.Id == bookingId, cancellationToken);
            var request = await sender.Send(new GetCareRequestForBooking(booking.RequestId), cancellationToken);
            if (request is null) continue;
            added += VisitHorizon.Extend(db, booking, request.When, today, clock.UtcNow);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException refused) when (refused.IsOverlappingVisit())
            {
                logger.LogWarning("Booking {BookingId}: a new visit would overlap the carer's other visits and was not added", bookingId);
                db.ChangeTracker.Clear();
            }

            db.ChangeTracker.Clear();
        }

        logger.LogInformation("Visit horizon: {Bookings} bookings extended, {Visits} visits added", due.Count, added);
    }
}
