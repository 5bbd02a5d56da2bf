using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>A request that needs a driver (escorting to appointments, rural visits) needs a carer who drives.</summary>
internal static class DriverFilter
{
    public static bool Passes(in CarerView carer, PreparedRequest request) => !request.NeedsDriver || carer.Row.Drives;

    public static string Explain() => "Does not drive";

    public static string Summarise(int count) => Plural.Of(count, "doesn't drive", "don't drive");
}
