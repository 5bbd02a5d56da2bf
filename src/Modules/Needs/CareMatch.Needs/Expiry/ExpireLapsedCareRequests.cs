using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.Needs.Requests;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Expiry;

/// <summary>
/// Hourly, expires open requests whose dates have passed: a one-off visit's day, a weekly
/// pattern's end date, or, for weekly care with no end, four weeks after it should have started
/// with nobody booked (by then the seeker has made other arrangements or should post afresh).
/// Each expiry tells the other modules, in the same save.
/// </summary>
internal sealed class ExpireLapsedCareRequests(NeedsDbContext db, IClock clock) : IScheduledTask
{
    public static readonly TimeSpan OpenEndedGrace = TimeSpan.FromDays(28);

    public string Id => "needs-expire-lapsed-care-requests";

    public string Cron => "5 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = UkCalendar.Today(clock);
        var staleStart = today.AddDays(-OpenEndedGrace.Days);
        var lapsed = await db.CareRequests
            .Where(r => r.Status == CareRequestStatus.Open
                && ((r.EndDate != null && r.EndDate < today) || (r.EndDate == null && r.StartDate < staleStart)))
            .ToListAsync(cancellationToken);
        if (lapsed.Count == 0) return;

        var now = clock.UtcNow;
        foreach (var request in lapsed)
        {
            request.Expire(now);
            db.Ended(request, wasEverOpen: true, now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
