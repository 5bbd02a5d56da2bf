using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Metrics;

/// <summary>The hours not given in a commissioner's scope (see <see cref="HoursNotGiven"/>): the requests that could have waited in the period, and the lost visits counted by the database.</summary>
internal static class HoursNotGivenQuery
{
    /// <summary>Missed, or cancelled by the carer and not covered: the outcomes named first, so the database seeks them in the not-given index.</summary>
    private static readonly VisitOutcome[] LostOutcomes = [VisitOutcome.Missed, VisitOutcome.CancelledByCarer];

    public static async Task<HoursNotGiven> CountAsync(CommissioningDbContext db, CommissionerScope scope, CancellationToken cancellationToken)
    {
        var (since, now) = (scope.Since, scope.Now);
        var waits = await ScopedRequests.In(db, scope).AsNoTracking()
            .Where(r => r.PostedAt <= now && (r.FirstDeliveredAt == null || r.FirstDeliveredAt > since) && (r.ClosedAt == null || r.ClosedAt > since))
            .Select(r => new RequestWait(r.PostedAt, r.CareStartsOn, r.FirstDeliveredAt, r.ClosedAt, r.WeeklyMinutes))
            .ToListAsync(cancellationToken);
        var (waited, waitingHours) = WaitingHoursOf.Of(waits, since, now);

        var lost = await (from visit in db.VisitFacts.AsNoTracking()
                          join request in ScopedRequests.In(db, scope) on visit.RequestId equals request.RequestId
                          where LostOutcomes.Contains(visit.Outcome) && visit.DueAt >= since && visit.DueAt <= now
                              && (visit.Outcome == VisitOutcome.Missed || visit.CoverFilledAfterMinutes == null)
                          group visit.PlannedMinutes by 1 into all
                          select new { Visits = all.Count(), Minutes = all.Sum() })
            .SingleOrDefaultAsync(cancellationToken);
        var (lostVisits, lostHours) = (lost?.Visits ?? 0, (lost?.Minutes ?? 0) / 60.0);

        return new HoursNotGiven(Hours(waitingHours, waited), SmallNumbers.Count(waited), Hours(lostHours, lostVisits), SmallNumbers.Count(lostVisits),
            SmallNumbers.IsSmall(waited) || SmallNumbers.IsSmall(lostVisits) ? PublishedValue.Hidden : Hours(waitingHours + lostHours, waited + lostVisits));
    }

    /// <summary>Whole hours: a tenth of an hour would claim a precision the weekly hours do not have.</summary>
    private static PublishedValue Hours(double hours, int behind) =>
        SmallNumbers.IsSmall(behind) ? PublishedValue.Hidden : new PublishedValue(Math.Round((decimal)hours, 0, MidpointRounding.AwayFromZero), false);
}
