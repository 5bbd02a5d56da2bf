using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Metrics;

/// <summary>The hours not given in a commissioner's scope (see <see cref="HoursNotGiven"/>): the requests that could have waited in the period, and the lost visits counted by the database.</summary>
internal static class HoursNotGivenQuery
{
    public static async Task<HoursNotGiven> CountAsync(CommissioningDbContext db, CommissionerScope scope, CancellationToken cancellationToken)
    {
        var (since, now) = (scope.Since, scope.Now);
        var waits = await ScopedRequests.In(db, scope).AsNoTracking()
            .Where(r => r.PostedAt <= now && (r.FirstDeliveredAt == null || r.FirstDeliveredAt > since) && (r.ClosedAt == null || r.ClosedAt > since))
            .Select(r => new RequestWait(r.PostedAt, r.CareStartsOn, r.FirstDeliveredAt, r.ClosedAt, r.WeeklyMinutes))
            .ToListAsync(cancellationToken);
        var (waited, waitingHours) = WaitingHoursOf.Of(waits, since, now);

        var lost = from visit in db.VisitFacts.AsNoTracking()
                   join request in ScopedRequests.In(db, scope) on visit.RequestId equals request.RequestId
                   where visit.DueAt >= since && visit.DueAt <= now
                       && (visit.Outcome == VisitOutcome.Missed || (visit.Outcome == VisitOutcome.CancelledByCarer && visit.CoverFilledAfterMinutes == null))
                   select visit.PlannedMinutes;
        var lostVisits = await lost.CountAsync(cancellationToken);
        var lostHours = lostVisits == 0 ? 0 : await lost.SumAsync(cancellationToken) / 60.0;

        return new HoursNotGiven(Hours(waitingHours, waited), SmallNumbers.Count(waited), Hours(lostHours, lostVisits), SmallNumbers.Count(lostVisits),
            SmallNumbers.IsSmall(waited) || SmallNumbers.IsSmall(lostVisits) ? PublishedValue.Hidden : Hours(waitingHours + lostHours, waited + lostVisits));
    }

    /// <summary>Whole hours: a tenth of an hour would claim a precision the weekly hours do not have.</summary>
    private static PublishedValue Hours(double hours, int behind) =>
        SmallNumbers.IsSmall(behind) ? PublishedValue.Hidden : new PublishedValue(Math.Round((decimal)hours, 0, MidpointRounding.AwayFromZero), false);
}
