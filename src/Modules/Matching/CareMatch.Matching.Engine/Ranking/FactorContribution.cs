using CareMatch.Matching.Engine.Scores;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// One factor of one score: its value in [0, 1], its weight as configured, and the
/// contribution value × weight ÷ total weight. Contributions add up to the score.
/// </summary>
public sealed record FactorContribution(ScoreFactor Factor, double Value, double Weight, double Contribution, string Explanation)
{
    private string? _explanation = Explanation;

    /// <summary>Set when the words are written on first read, from numbers copied when the score was broken down.</summary>
    private ExplanationFacts? _facts;

    /// <summary>
    /// The engine's own breakdowns: a shortlist carries eight factors for each of twenty carers,
    /// and formatting all those words cost as much as ranking a quiet area, so they wait until read.
    /// </summary>
    internal FactorContribution(ScoreFactor factor, double value, double weight, double contribution, ExplanationFacts facts)
        : this(factor, value, weight, contribution, Explanation: null!) => _facts = facts;

    /// <summary>The factor in words, like "4.2 km away". Written once, the first time it is read (racing readers write the same words).</summary>
    public string Explanation
    {
        get => _explanation ??= _facts is { } facts ? facts.Explain(Factor) : null!;
        init => (_explanation, _facts) = (value, null);
    }

    /// <summary>Equal when every member is, whether or not the words have been written yet.</summary>
    public bool Equals(FactorContribution? other) => ReferenceEquals(this, other)
        || (other is not null && Factor == other.Factor && Value.Equals(other.Value) && Weight.Equals(other.Weight)
            && Contribution.Equals(other.Contribution) && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal));

    public override int GetHashCode() => HashCode.Combine(Factor, Value, Weight, Contribution, Explanation);
}
