namespace CareMatch.Matching.Engine.Ranking;

/// <summary>The answer to "who should care for this request?": the best carers, and why there are not more.</summary>
public sealed record MatchResult(IReadOnlyList<RankedCarer> Carers, FilterSummary Summary, IReadOnlyList<WideningSuggestion> Suggestions);
