using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

/// <summary>
/// Publishes every round whose time has come, whether one side, both or neither wrote: a
/// review kept back for ever would let the silent side hide the other's. Hourly, so a review is
/// never more than an hour late.
/// </summary>
internal sealed class PublishDueReviews(TrustDbContext db, IClock clock) : IScheduledTask
{
    public string Id => "trust-publish-due-reviews";

    public string Cron => "17 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var due = await db.ReviewRounds.Where(r => r.PublishedAt == null && r.PublishesAt <= now).ToListAsync(cancellationToken);
        foreach (var round in due) round.Publish(now);
        foreach (var carer in due.Select(r => r.CarerProfileId).Distinct()) await CarerRatings.AnnounceAsync(db, carer, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
