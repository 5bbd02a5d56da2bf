using System.Collections;
using CareMatch.Matching.Engine.Scores;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// One carer's score split into its factors. The numbers are worked out when the carer is
/// ranked; the contribution objects are made the first time the list is read. A shortlist of
/// twenty carries a hundred and sixty of them, and building them all for every query cost
/// more than ranking a quiet area, while a page reads a handful of carers' reasons.
/// </summary>
internal sealed class ScoreBreakdown(MatchWeights weights, double[] shares, double[] values, ExplanationFacts[] facts) : IReadOnlyList<FactorContribution>
{
    private FactorContribution[]? _factors;

    public int Count => values.Length;

    public FactorContribution this[int index] => Factors()[index];

    public IEnumerator<FactorContribution> GetEnumerator() => ((IEnumerable<FactorContribution>)Factors()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Racing first readers each build the same contributions; one set wins and is kept.</summary>
    private FactorContribution[] Factors()
    {
        if (_factors is { } built) return built;
        var factors = new FactorContribution[values.Length];
        for (var i = 0; i < factors.Length; i++)
        {
            var factor = (ScoreFactor)i;
            factors[i] = new FactorContribution(factor, values[i], weights.For(factor), shares[i] * values[i], facts[i]);
        }

        return _factors = factors;
    }
}
