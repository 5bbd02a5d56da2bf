using CareMatch.Matching.Engine.Filters;

namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// Cheaper within the budget is better: a rate at the budget scores 0, half the budget or less
/// scores 1. Without a budget, rates are compared with <see cref="TypicalBudgetPence"/>.
/// </summary>
internal static class PriceScore
{
    /// <summary>A typical UK budget for self-employed home care, for requests that give none.</summary>
    public const long TypicalBudgetPence = 2500;

    public static double Value(int hourlyRatePence, long maxHourlyRatePence)
    {
        var budget = maxHourlyRatePence == long.MaxValue ? TypicalBudgetPence : maxHourlyRatePence;
        if (budget <= 0) return 0;
        return Math.Clamp((budget - hourlyRatePence) / (0.5 * budget), 0, 1);
    }

    public static string Explain(int hourlyRatePence) => $"{Money.Pounds(hourlyRatePence)} an hour";
}
