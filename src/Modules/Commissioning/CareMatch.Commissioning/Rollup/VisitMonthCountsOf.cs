using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Metrics;

namespace CareMatch.Commissioning.Rollup;

/// <summary>
/// Counts a council's visits by district and month as queries, so the database does the counting
/// of a million visits in the nightly roll-up, and the same queries run over facts in memory in tests.
/// A visit belongs to the district of its request (where the person lives), and counts once it is
/// due (<c>DueAt</c> up to <c>asOf</c>): a cancellation made ahead of a visit still to come waits for its day.
/// </summary>
internal static class VisitMonthCountsOf
{
    public sealed record OutcomeMonth(string District, DateOnly Month, VisitOutcome Outcome, int Visits, int WithKnownStart, int OnTime);

    public sealed record DistinctMonth(string District, DateOnly Month, int Count);

    public static IQueryable<OutcomeMonth> Outcomes(IQueryable<VisitFact> visits, IQueryable<RequestFact> requests, DateTimeOffset asOf) =>
        from visit in visits
        where visit.DueAt <= asOf
        join request in requests on visit.RequestId equals request.RequestId
        group visit by new { request.District, visit.DueMonth, visit.Outcome } into g
        select new OutcomeMonth(g.Key.District, g.Key.DueMonth, g.Key.Outcome, g.Count(),
            g.Count(v => v.CheckInMinutesAfterDue != null),
            g.Count(v => v.CheckInMinutesAfterDue != null && v.CheckInMinutesAfterDue <= VisitReliabilityOf.OnTimeWithinMinutes));

    /// <summary>
    /// The people given a visit in each district and month; with <paramref name="perCarer"/>, each
    /// person counted once for every distinct carer who gave them one (the sum over people of their carers).
    /// </summary>
    public static IQueryable<DistinctMonth> PeopleGivenCare(IQueryable<VisitFact> visits, IQueryable<RequestFact> requests, DateTimeOffset asOf, bool perCarer) =>
        (from visit in visits
         where visit.Outcome == VisitOutcome.Given && visit.DueAt <= asOf
         join request in requests on visit.RequestId equals request.RequestId
         select new { request.District, visit.DueMonth, visit.RequestId, Carer = perCarer ? visit.CarerProfileId : Guid.Empty })
        .Distinct()
        .GroupBy(v => new { v.District, v.DueMonth })
        .Select(g => new DistinctMonth(g.Key.District, g.Key.DueMonth, g.Count()));

    /// <summary>The three queries' answers as one row per district and month that had a visit due.</summary>
    public static IReadOnlyList<VisitMonthCounts> Combine(IReadOnlyList<OutcomeMonth> outcomes, IReadOnlyList<DistinctMonth> people, IReadOnlyList<DistinctMonth> personCarers)
    {
        var peopleIn = people.ToDictionary(p => (p.District, p.Month), p => p.Count);
        var carersIn = personCarers.ToDictionary(p => (p.District, p.Month), p => p.Count);
        return
        [
            .. outcomes.GroupBy(o => (o.District, o.Month)).Select(g =>
            {
                int Of(VisitOutcome outcome) => g.Where(o => o.Outcome == outcome).Sum(o => o.Visits);
                var given = g.Where(o => o.Outcome == VisitOutcome.Given).ToList();
                return new VisitMonthCounts(g.Key.District, g.Key.Month,
                    Of(VisitOutcome.Given), Of(VisitOutcome.Missed), Of(VisitOutcome.CancelledByCarer), Of(VisitOutcome.CancelledBySeeker),
                    given.Sum(o => o.WithKnownStart), given.Sum(o => o.OnTime),
                    peopleIn.GetValueOrDefault(g.Key), carersIn.GetValueOrDefault(g.Key));
            }),
        ];
    }
}
