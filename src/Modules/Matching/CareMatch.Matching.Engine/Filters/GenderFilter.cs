using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// When a seeker requires a carer of a given gender (often for intimate personal care), only
/// carers who said that gender qualify; carers who did not say are not assumed to.
/// </summary>
internal static class GenderFilter
{
    public static bool Passes(in CarerView carer, PreparedRequest request) =>
        request.RequiredGender == 0 || carer.Row.Gender == request.RequiredGender;

    public static string Explain() => "Not the gender you asked for";

    public static string Summarise(int count) => Plural.Of(count, "isn't the gender you asked for", "aren't the gender you asked for");
}
