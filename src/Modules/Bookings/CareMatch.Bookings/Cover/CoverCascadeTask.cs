using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Bookings.Cover;

/// <summary>
/// Every minute: sends the next wave of every cover search that is due, and ends the searches
/// whose visit has begun with nobody approved.
/// </summary>
internal sealed class CoverCascadeTask(BookingsDbContext db, CoverCascade cascade, IClock clock, ILogger<CoverCascadeTask> logger) : IScheduledTask
{
    public const string JobId = "bookings-cover-cascade";

    public string Id => JobId;

    public string Cron => "* * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var open = await db.CoverRequests.Where(c => c.Status == CoverStatus.Searching || c.Status == CoverStatus.AwaitingApproval).ToListAsync(cancellationToken);
        var asked = 0;
        foreach (var cover in open)
        {
            if (now >= cover.StartsAt) cover.Unfilled();
            else if (cover.WaveDue(now)) asked += await cascade.SendWaveAsync(cover, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (open.Count > 0) logger.LogInformation("Cover cascade: {Searches} searches open, {Asked} more carers asked", open.Count, asked);
    }
}
