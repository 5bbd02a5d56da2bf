using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Geography;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Scores;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// The matching engine: ranks carers for a request and requests for a carer, and explains both.
/// A pure function of its arguments: today's date is passed in, nothing is random, and ties
/// are broken by id, so the same inputs always give the same answer in the same order.
/// Stateless apart from the weights; safe to share between threads.
/// </summary>
public sealed class CarerMatcher
{
    public const int DefaultTop = 20;

    private readonly Scorer _scorer;

    /// <param name="weights">Validated here; invalid weights throw <see cref="ArgumentException"/>.</param>
    public CarerMatcher(MatchWeights? weights = null)
    {
        Weights = weights ?? MatchWeights.Default;
        _scorer = new Scorer(Weights);
    }

    public MatchWeights Weights { get; }

    /// <summary>
    /// The best <paramref name="top"/> carers for the request, best first, with every factor's
    /// contribution, what each hard filter removed and what would widen the search. A request
    /// no one can serve gets an empty list and the reasons, not an exception.
    /// </summary>
    public MatchResult Rank(CarerIndex index, MatchRequest request, DateOnly today, int top = DefaultTop)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var run = new MatchRun(new PreparedRequest(request, today), _scorer, top, index);
        index.Scan(run);
        run.ConsiderInReach();
        run.CountSingleFailures();
        var carers = run.Ranked()
            .Select((winner, at) => new RankedCarer(at + 1, winner.Id, winner.Score, winner.DistanceKm, _scorer.Breakdown(index.View(winner.Slot), run.Request, winner.DistanceKm)))
            .ToList();
        return new MatchResult(carers, run.Summary(), run.Suggestions());
    }

    /// <summary>Every filter's verdict and the score for one carer against one request.</summary>
    public CarerEvaluation Explain(CarerSnapshot carer, MatchRequest request, DateOnly today) => Explain(carer, new PreparedRequest(request, today));

    /// <summary>
    /// "Jobs for you": the open requests this carer qualifies for, best first, scored exactly as
    /// the carer would be scored on each request's own shortlist. Ties go to the lower request id.
    /// </summary>
    public IReadOnlyList<RankedRequest> RankRequestsFor(CarerSnapshot carer, IEnumerable<KeyValuePair<Guid, MatchRequest>> openRequests, DateOnly today, int top = DefaultTop)
    {
        ArgumentNullException.ThrowIfNull(carer);
        ArgumentNullException.ThrowIfNull(openRequests);
        return openRequests
            .Select(pair => (pair.Key, Evaluation: Explain(carer, new PreparedRequest(pair.Value, today))))
            .Where(candidate => candidate.Evaluation.Eligible)
            .OrderByDescending(candidate => candidate.Evaluation.Score)
            .ThenBy(candidate => candidate.Key)
            .Take(top)
            .Select((candidate, at) => new RankedRequest(at + 1, candidate.Key, candidate.Evaluation.Score, candidate.Evaluation.DistanceKm, candidate.Evaluation.Factors))
            .ToList();
    }

    private CarerEvaluation Explain(CarerSnapshot carer, PreparedRequest request)
    {
        ArgumentNullException.ThrowIfNull(carer);
        var row = CarerRow.From(carer);
        var record = CarerRecord.From(carer);
        var view = new CarerView(ref row, ref record, (carer.WeeklyAvailability ?? WeekSlots.Empty).Words, [CarerRow.ClashesOf(carer)], [carer.CarerId], 0);
        var point = SurfacePoint.FromDegrees(carer.Latitude, carer.Longitude);
        var chordSquared = request.Point.ChordSquaredTo(point.X, point.Y, point.Z);
        var distanceKm = GreatCircle.KmForChordSquared(chordSquared);
        var reach = request.Request.IncludeNearMisses ? TravelRadiusFilter.NearMissChordSquared(row.TravelRadiusKm) : TravelRadiusFilter.ReachChordSquared(row.TravelRadiusKm);
        var withinRadius = TravelRadiusFilter.Passes(chordSquared, reach);
        var nearby = chordSquared <= TravelRadiusFilter.NearMissChordSquared(row.TravelRadiusKm);
        var verdicts = HardFilters.All(view, request, distanceKm, withinRadius);
        return new CarerEvaluation(carer.CarerId, distanceKm, nearby, verdicts, _scorer.Total(view, request, distanceKm), _scorer.Breakdown(view, request, distanceKm));
    }
}
