using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Metrics;

/// <summary>The visits due in a commissioner's scope, counted in the database with their requests' filters applied there too.</summary>
internal static class VisitCountsQuery
{
    public static async Task<VisitCounts> CountAsync(CommissioningDbContext db, CommissionerScope scope, CancellationToken cancellationToken)
    {
        var visits = Due(db, scope);
        var byOutcome = await visits.GroupBy(v => new { v.Outcome, v.LateCancellation })
            .Select(g => new OutcomeCount(
                g.Key.Outcome,
                g.Key.LateCancellation,
                g.Count(),
                g.Count(v => v.CheckInMinutesAfterDue != null),
                g.Count(v => v.CheckInMinutesAfterDue != null && v.CheckInMinutesAfterDue <= VisitReliabilityOf.OnTimeWithinMinutes),
                g.Count(v => v.CoverSought),
                g.Count(v => v.CoverSought && v.CoverFilledAfterMinutes != null && v.CoverFilledAfterMinutes <= VisitReliabilityOf.CoverSoonMinutes),
                g.Count(v => v.CoverSought && v.CoverFilledAfterMinutes != null && v.CoverFilledAfterMinutes <= VisitReliabilityOf.CoverLaterMinutes)))
            .ToListAsync(cancellationToken);
        var given = visits.Where(v => v.Outcome == VisitOutcome.Given);
        var byPersonAndCarer = await given.GroupBy(v => new { v.RequestId, v.CarerProfileId })
            .Select(g => new { g.Key.RequestId, Visits = g.Count() }).ToListAsync(cancellationToken);
        var personMonths = await given.Select(v => new { v.RequestId, v.DueMonth }).Distinct().CountAsync(cancellationToken);
        var personMonthCarers = await given.Select(v => new { v.RequestId, v.DueMonth, v.CarerProfileId }).Distinct().CountAsync(cancellationToken);
        return new VisitCounts(
            byOutcome,
            [.. byPersonAndCarer.Select(p => (p.RequestId, p.Visits))],
            personMonths,
            personMonthCarers);
    }

    private static IQueryable<VisitFact> Due(CommissioningDbContext db, CommissionerScope scope)
    {
        var requests = ScopedRequests.In(db, scope);
        return from visit in db.VisitFacts.AsNoTracking()
               join request in requests on visit.RequestId equals request.RequestId
               where visit.DueAt >= scope.Since && visit.DueAt <= scope.Now
               select visit;
    }
}
