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
        var total = 0.0;
        total += _shares[(int)ScoreFactor.Continuity] * (request.PreviousCarers.Length == 0 ? 0 : ContinuityScore.Value(request.VisitsWithRecipient(carer.Id)));
        total += _shares[(int)ScoreFactor.Distance] * DistanceScore.Value(distanceKm);
        total += _shares[(int)ScoreFactor.Preferences] * PreferencesScore.Value(carer, request);
        total += _shares[(int)ScoreFactor.Rating] * RatingScore.Value(row.RatingSum, row.RatingCount);
        total += _shares[(int)ScoreFactor.Reliability] * ReliabilityScore.Value(row.CompletedVisits, row.Cancellations);
        total += _shares[(int)ScoreFactor.Price] * PriceScore.Value(row.HourlyRatePence, request.MaxHourlyRatePence);
        total += _shares[(int)ScoreFactor.Responsiveness] * ResponsivenessScore.Value(row.MedianReplyMinutes);
        total += _shares[(int)ScoreFactor.NewCarerBoost] * NewCarerBoost.Value(row.CompletedVisits);
        return total;
    }

    public List<FactorContribution> Breakdown(in CarerView carer, PreparedRequest request, double distanceKm)
    {
        Span<double> values = stackalloc double[_shares.Length];
        Values(carer, request, distanceKm, values);
        ref readonly var row = ref carer.Row;
        var visits = request.VisitsWithRecipient(carer.Id);
        var factors = new List<FactorContribution>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var factor = (ScoreFactor)i;
            var facts = factor switch
            {
                ScoreFactor.Continuity => new ExplanationFacts(visits),
                ScoreFactor.Distance => new ExplanationFacts(0, km: distanceKm),
                ScoreFactor.Preferences => new ExplanationFacts(request.PreferenceCount == 0 ? 0 : PreferencesScore.Covered(carer, request), request.PreferenceCount),
                ScoreFactor.Rating => new ExplanationFacts(row.RatingSum, row.RatingCount),
                ScoreFactor.Reliability => new ExplanationFacts(row.CompletedVisits, row.Cancellations),
                ScoreFactor.Price => new ExplanationFacts(row.HourlyRatePence),
                ScoreFactor.Responsiveness => new ExplanationFacts(row.MedianReplyMinutes),
                _ => new ExplanationFacts(row.CompletedVisits),
            };
            factors.Add(new FactorContribution(factor, values[i], _weights.For(factor), _shares[i] * values[i], facts));
        }

        return factors;
    }

    private static void Values(in CarerView carer, PreparedRequest request, double distanceKm, Span<double> values)
    {
        ref readonly var row = ref carer.Row;
        values[(int)ScoreFactor.Continuity] = request.PreviousCarers.Length == 0 ? 0 : ContinuityScore.Value(request.VisitsWithRecipient(carer.Id));
        values[(int)ScoreFactor.Distance] = DistanceScore.Value(distanceKm);
        values[(int)ScoreFactor.Preferences] = PreferencesScore.Value(carer, request);
        values[(int)ScoreFactor.Rating] = RatingScore.Value(row.RatingSum, row.RatingCount);
        values[(int)ScoreFactor.Reliability] = ReliabilityScore.Value(row.CompletedVisits, row.Cancellations);
        values[(int)ScoreFactor.Price] = PriceScore.Value(row.HourlyRatePence, request.MaxHourlyRatePence);
        values[(int)ScoreFactor.Responsiveness] = ResponsivenessScore.Value(row.MedianReplyMinutes);
        values[(int)ScoreFactor.NewCarerBoost] = NewCarerBoost.Value(row.CompletedVisits);
    }
}
