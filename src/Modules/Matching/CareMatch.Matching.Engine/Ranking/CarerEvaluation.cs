using CareMatch.Matching.Engine.Filters;

namespace CareMatch.Matching.Engine.Ranking;

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
