using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.Commissioning.Rollup;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.OpenData;

/// <summary>What every open-data answer says about itself: counted when, next due when, and whether the promise holds.</summary>
internal static class Freshness
{
    public static async Task<OpenDataFreshness> NowAsync(CommissioningDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = await db.RollupRuns.OrderByDescending(r => r.FinishedAt).Select(r => (DateTimeOffset?)r.FinishedAt).FirstOrDefaultAsync(cancellationToken);
        return new OpenDataFreshness(last, RollupSchedule.NextAfter(last ?? now), RollupSchedule.Kept(last, now), RollupSchedule.Promise);
    }
}
