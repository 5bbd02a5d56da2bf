using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Bookings.Visits;

/// <summary>
/// Daily: keeps every active booking's visits four weeks ahead, and tells Matching the carer's
/// booked times changed. Bookings are saved one at a time. If the database refuses a new visit
/// because it would overlap the carer's other visits, that booking's new visits are added one
/// by one, skipping those refused, and the booking still counts as planned through the four
/// weeks, so one clash never stops its visits rolling on.
/// </summary>
internal sealed class VisitHorizonTask(IModuleSender sender, BookingsDbContext db, IClock clock, ILogger<VisitHorizonTask> logger) : IScheduledTask
{
    public const string JobId = "bookings-visit-horizon";

    public string Id => JobId;

    public string Cron => "30 2 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var through = VisitHorizon.Through(today);
        var due = await db.Bookings.Where(b => b.EndedAt == null && b.VisitsThrough < through).Select(b => b.Id).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var bookingId in due)
        {
            var booking = await db.Bookings.SingleAsync(b => b.Id == bookingId, cancellationToken);
            var request = await sender.Send(new GetCareRequestForBooking(booking.RequestId), cancellationToken);
            if (request is null) continue;
            added += await ExtendAsync(booking, VisitHorizon.Due(booking, request.When, today, clock.UtcNow), through, cancellationToken);
            db.ChangeTracker.Clear();
        }

        logger.LogInformation("Visit horizon: {Bookings} bookings extended, {Visits} visits added", due.Count, added);
    }

    private async Task<int> ExtendAsync(Booking booking, List<Visit> visits, DateOnly through, CancellationToken cancellationToken)
    {
        db.Visits.AddRange(visits);
        booking.VisitsPlannedThrough(through);
        Announce(booking, visits.Count);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return visits.Count;
        }
        catch (DbUpdateException refused) when (refused.IsOverlappingVisit())
        {
            db.ChangeTracker.Clear();
        }

        var added = 0;
        foreach (var visit in visits)
        {
            db.Visits.Add(visit);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                added++;
            }
            catch (DbUpdateException refused) when (refused.IsOverlappingVisit())
            {
                logger.LogWarning("Booking {BookingId}: the visit at {StartsAt} would overlap the carer's other visits and was not added", booking.Id, visit.StartsAt);
                db.ChangeTracker.Clear();
            }
        }

        var reloaded = await db.Bookings.SingleAsync(b => b.Id == booking.Id, cancellationToken);
        reloaded.VisitsPlannedThrough(through);
        Announce(reloaded, added);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private void Announce(Booking booking, int visits)
    {
        if (visits > 0) db.AddIntegrationEvent(new VisitsScheduled(booking.Id, booking.CarerProfileId, visits) { OccurredAt = clock.UtcNow });
    }
}
