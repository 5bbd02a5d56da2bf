using CareMatch.Matching.Engine.Scores;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// Adds the factors up: each score in [0, 1] times its weight's share of the total weight, so
/// the result is in [0, 1] too. The sum runs in one fixed order, so every path that scores a
/// carer gets the same double.
/// </summary>
internal sealed class Scorer
{
    private readonly MatchWeights _weights;
    private readonly double[] _shares;

    public Scorer(MatchWeights weights)
    {
        _weights = weights.EnsureValid();
        var factors = Enum.GetValues<ScoreFactor>();
        _shares = new double[factors.Length];
        foreach (var factor in factors) _shares[(int)factor] = weights.For(factor) / weights.Total;
    }

    public double Total(in CarerView carer, PreparedRequest request, double distanceKm)
    {
        // Values' factors, each times its share, added in factor order as the loop over a buffer
        // did, so the double is the same to the last bit; written out so no buffer is cleared per carer.
        ref readonly var row = ref carer.Row;
        ref readonly var record = ref carer.Record;
        var total = 0.0;
        total += _shares[(int)ScoreFactor.Continuity] * (request.PreviousCarers.Length == 0 ? 0 : ContinuityScore.Value(request.VisitsWithRecipient(carer.Id)));
        total += _shares[(int)ScoreFactor.Distance] * DistanceScore.Value(distanceKm);
        total += _shares[(int)ScoreFactor.Preferences] * PreferencesScore.Value(carer, request);
        total += _shares[(int)ScoreFactor.Rating] * RatingScore.Value(record.RatingSum, record.RatingCount);
        total += _shares[(int)ScoreFactor.Reliability] * ReliabilityScore.Value(record.CompletedVisits, record.Cancellations);
        total += _shares[(int)ScoreFactor.Price] * PriceScore.Value(row.HourlyRatePence, request.MaxHourlyRatePence);
        total += _shares[(int)ScoreFactor.Responsiveness] * ResponsivenessScore.Value(record.MedianReplyMinutes);
        total += _shares[(int)ScoreFactor.NewCarerBoost] * NewCarerBoost.Value(record.CompletedVisits);
        return total;
    }

    /// <summary>Each factor's value and the numbers its explanation is written from; the contribution objects wait until read.</summary>
    public ScoreBreakdown Breakdown(in CarerView carer, PreparedRequest request, double distanceKm)
    {
        var values = new double[_shares.Length];
        Values(carer, request, distanceKm, values);
        ref readonly var row = ref carer.Row;
        ref readonly var record = ref carer.Record;
        var facts = new ExplanationFacts[_shares.Length];
        facts[(int)ScoreFactor.Continuity] = new ExplanationFacts(request.VisitsWithRecipient(carer.Id));
        facts[(int)ScoreFactor.Distance] = new ExplanationFacts(0, km: distanceKm);
        facts[(int)ScoreFactor.Preferences] = new ExplanationFacts(request.PreferenceCount == 0 ? 0 : PreferencesScore.Covered(carer, request), request.PreferenceCount);
        facts[(int)ScoreFactor.Rating] = new ExplanationFacts(record.RatingSum, record.RatingCount);
        facts[(int)ScoreFactor.Reliability] = new ExplanationFacts(record.CompletedVisits, record.Cancellations);
        facts[(int)ScoreFactor.Price] = new ExplanationFacts(row.HourlyRatePence);
        facts[(int)ScoreFactor.Responsiveness] = new ExplanationFacts(record.MedianReplyMinutes);
        facts[(int)ScoreFactor.NewCarerBoost] = new ExplanationFacts(record.CompletedVisits);
        return new ScoreBreakdown(_weights, _shares, values, facts);
    }

    private static void Values(in CarerView carer, PreparedRequest request, double distanceKm, Span<double> values)
    {
        ref readonly var row = ref carer.Row;
        ref readonly var record = ref carer.Record;
        values[(int)ScoreFactor.Continuity] = request.PreviousCarers.Length == 0 ? 0 : ContinuityScore.Value(request.VisitsWithRecipient(carer.Id));
        values[(int)ScoreFactor.Distance] = DistanceScore.Value(distanceKm);
        values[(int)ScoreFactor.Preferences] = PreferencesScore.Value(carer, request);
        values[(int)ScoreFactor.Rating] = RatingScore.Value(record.RatingSum, record.RatingCount);
        values[(int)ScoreFactor.Reliability] = ReliabilityScore.Value(record.CompletedVisits, record.Cancellations);
        values[(int)ScoreFactor.Price] = PriceScore.Value(row.HourlyRatePence, request.MaxHourlyRatePence);
        values[(int)ScoreFactor.Responsiveness] = ResponsivenessScore.Value(record.MedianReplyMinutes);
        values[(int)ScoreFactor.NewCarerBoost] = NewCarerBoost.Value(record.CompletedVisits);
    }
}
