using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>The carer's hourly rate must be within the seeker's budget; no budget means any rate.</summary>
internal static class BudgetFilter
{
    public static bool Passes(in CarerView carer, PreparedRequest request) => carer.Row.HourlyRatePence <= request.MaxHourlyRatePence;

    public static string Explain(in CarerView carer, PreparedRequest request) =>
        $"Charges {Money.Pounds(carer.Row.HourlyRatePence)} an hour, above your {Money.Pounds(request.MaxHourlyRatePence)}";

    public static string Summarise(int count) => Plural.Of(count, "is above your budget", "are above your budget");
}
