using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// The carer must offer every care type and hold every skill the request requires: a seeker
/// needing PEG feeding cannot use a carer who does not do it, however close.
/// </summary>
internal static class RequiredCareFilter
{
    public static bool Passes(in CarerView carer, PreparedRequest request) =>
        (carer.Row.CareTypes & request.RequiredCareTypes) == request.RequiredCareTypes
        && (carer.Row.Skills & request.RequiredSkills) == request.RequiredSkills;

    public static string Explain() => "Does not offer all the care or skills needed";

    public static string Summarise(int count) => Plural.Of(count, "doesn't offer all the care needed", "don't offer all the care needed");
}
