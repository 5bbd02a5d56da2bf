using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Scores;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>The answer to "who should care for this request?": the best carers, and why there are not more.</summary>
public sealed record MatchResult(IReadOnlyList<RankedCarer> Carers, FilterSummary Summary, IReadOnlyList<WideningSuggestion> Suggestions);

/// <summary>One carer on the shortlist, best first (rank 1), with each factor's share of the score.</summary>
public sealed record RankedCarer(int Rank, Guid CarerId, double Score, double DistanceKm, IReadOnlyList<FactorContribution> Factors);

/// <summary>One open request ranked for a carer ("jobs for you"), by the same rules.</summary>
public sealed record RankedRequest(int Rank, Guid RequestId, double Score, double DistanceKm, IReadOnlyList<FactorContribution> Factors);

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

/// <summary>
/// What the hard filters did to the neighbourhood of a request. <see cref="Nearby"/> counts
/// carers whose travel radius reaches the request or falls short by at most <see cref="TravelRadiusFilter.NearMissKm"/>; each removed
/// carer is counted once, under the first filter they fail, so the counts add up.
/// </summary>
public sealed record FilterSummary(int Nearby, int Eligible, IReadOnlyList<FilterRemoval> Removed, string Text);

/// <summary>
/// How many carers one filter removed, in words ("5 not free on Tuesday mornings"). For the
/// availability filter, <see cref="MostOftenMissed"/> is the part of the week most of them
/// could not do.
/// </summary>
public sealed record FilterRemoval(HardFilter Filter, int Count, string Text, PartOfWeek? MostOftenMissed = null);

/// <summary>
/// A change to the request that would bring in carers who fail only that one rule, like
/// "Raising your budget to £21.00 an hour would add 4 carers". <see cref="BudgetPence"/> is
/// set for budget suggestions. Offered only when fewer carers qualify than were asked for:
/// a full shortlist needs no widening, and skipping it keeps busy areas fast.
/// </summary>
public sealed record WideningSuggestion(HardFilter Relaxes, int AdditionalCarers, string Text, long? BudgetPence = null);

/// <summary>
/// Everything about one carer against one request: every filter's verdict (not just the first
/// failure) and the score the carer would have. For "why is (or isn't) this carer shown?".
/// </summary>
public sealed record CarerEvaluation(
    Guid CarerId,
    double DistanceKm,
    bool Nearby,
    IReadOnlyList<FilterVerdict> Filters,
    double Score,
    IReadOnlyList<FactorContribution> Factors)
{
    public bool Eligible => Filters.All(verdict => verdict.Passed);

    /// <summary>The filter the carer is counted under in a <see cref="FilterSummary"/>; None when eligible.</summary>
    public HardFilter FirstFailure => Filters.FirstOrDefault(verdict => !verdict.Passed)?.Filter ?? HardFilter.None;
}
