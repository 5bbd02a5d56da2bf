using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>A seeker who blocked a carer never sees them again, whatever else matches.</summary>
internal static class BlockedBySeekerFilter
{
    public static bool Passes(in CarerView carer, PreparedRequest request) => !request.IsBlocked(carer.Id);

    public static string Explain() => "You blocked this carer";

    public static string Summarise(int count) => Plural.Of(count, "you blocked", "you blocked");
}
