using CareMatch.Matching.Engine.Filters;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// A change to the request that would bring in carers who fail only that one rule, like
/// "Raising your budget to £21 an hour would add 4 carers". <see cref="BudgetPence"/> is
/// set for budget suggestions. Offered only when fewer carers qualify than were asked for:
/// a full shortlist needs no widening, and skipping it keeps busy areas fast.
/// </summary>
public sealed record WideningSuggestion(HardFilter Relaxes, int AdditionalCarers, string Text, long? BudgetPence = null);
