using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Bookings.Visits;

/// <summary>
/// Every 15 minutes: offers past their expiry time expire (and say so, for the carer's responsiveness); visits nobody checked into by two hours
/// after their end are missed; completed visits the seeker has not approved within <see cref="VisitTerms.AutoApproveAfter"/>
/// approve themselves. Each change is made once, so running it again changes nothing.
/// </summary>
internal sealed class BookingsHousekeepingTask(BookingsDbContext db, IClock clock, ILogger<BookingsHousekeepingTask> logger) : IScheduledTask
{
    public const string JobId = "bookings-housekeeping";

    public string Id => JobId;

    public string Cron => "*/15 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var expired = await db.Offers.Where(o => o.Status == OfferStatus.Pending && o.ExpiresAt <= now).ToListAsync(cancellationToken);
        foreach (var offer in expired)
        {
            offer.Expire(now);
            db.AddIntegrationEvent(OfferRules.Expired(offer, now));
        }

        var missedBefore = now - Visit.MissedAfter;
        var missed = await db.Visits.Where(v => v.Status == VisitStatus.Scheduled && v.EndsAt <= missedBefore).ToListAsync(cancellationToken);
        foreach (var visit in missed)
        {
            visit.MarkMissed();
            db.AddIntegrationEvent(new VisitMissed(visit.Id, visit.BookingId, visit.CarerProfileId, visit.StartsAt, visit.PlannedMinutes) { OccurredAt = now });
        }

        var approveBefore = now - VisitTerms.AutoApproveAfter;
        var unapproved = await db.Visits.Where(v => v.Status == VisitStatus.Completed && v.ApprovedAt == null && v.CheckedOutAt <= approveBefore).ToListAsync(cancellationToken);
        foreach (var visit in unapproved)
        {
            visit.Approve(automatically: true, now);
            var bookingId = visit.BookingId;
            db.AddIntegrationEvent(new VisitApproved(visit.Id, bookingId, visit.CarerProfileId, Automatically: true) { OccurredAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Bookings housekeeping: {Expired} offers expired, {Missed} visits missed, {Approved} visits approved automatically", expired.Count, missed.Count, unapproved.Count);
    }
}
