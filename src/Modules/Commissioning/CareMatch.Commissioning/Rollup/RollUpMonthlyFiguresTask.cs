using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Commissioning.Rollup;

/// <summary>
/// Every night, every council's figures by district and month are counted again from the request,
/// visit and carer facts and replace the last night's in one transaction, so open data never shows half a roll-up.
/// Counting everything again (not only the month under way) is what lets a corrected or newly
/// back-filled fact reach every month it belongs to.
/// </summary>
internal sealed class RollUpMonthlyFiguresTask(CommissioningDbContext db, IClock clock, ILogger<RollUpMonthlyFiguresTask> logger) : IScheduledTask
{
    public const string JobId = Contracts.CommissioningTasks.RollupTaskId;

    public string Id => JobId;

    public string Cron => RollupSchedule.Cron;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = clock.UtcNow;
        var areas = (await db.CouncilDistricts.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(d => d.CouncilId, d => d.District)
            .ToList();
        var rows = new List<MonthlyFigures>();
        foreach (var area in areas)
        {
            var districts = area.Order(StringComparer.Ordinal).ToList();
            var requests = db.RequestFacts.AsNoTracking().Where(f => districts.Contains(f.District));
            var facts = await requests.Where(f => f.PostedAt <= startedAt).ToListAsync(cancellationToken);
            var visits = await VisitsAsync(requests, startedAt, cancellationToken);
            var carers = await db.CarerFacts.AsNoTracking().Where(c => c.District != null && districts.Contains(c.District) && c.FirstVerifiedAt != null).ToListAsync(cancellationToken);
            rows.AddRange(MonthlyFiguresOf.Council(area.Key, districts, facts, visits, carers, startedAt));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MonthlyFigures.ExecuteDeleteAsync(cancellationToken);
        db.MonthlyFigures.AddRange(rows);
        db.RollupRuns.Add(RollupRun.Finished(startedAt, clock.UtcNow, rows.Count));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Rolled up {Rows} monthly rows for {Councils} councils", rows.Count, areas.Count);
    }

    /// <summary>The area's visits counted by district and month in the database: three grouped queries, never the visits themselves.</summary>
    private async Task<IReadOnlyList<VisitMonthCounts>> VisitsAsync(IQueryable<Activity.RequestFact> requests, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var visits = db.VisitFacts.AsNoTracking();
        return VisitMonthCountsOf.Combine(
            await VisitMonthCountsOf.Outcomes(visits, requests, asOf).ToListAsync(cancellationToken),
            await VisitMonthCountsOf.PeopleGivenCare(visits, requests, asOf, perCarer: false).ToListAsync(cancellationToken),
            await VisitMonthCountsOf.PeopleGivenCare(visits, requests, asOf, perCarer: true).ToListAsync(cancellationToken));
    }
}
