using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// Only verified carers whose required credentials (DBS, right to work, insurance…) are all
/// still valid on the first day of care are shown: a booking must not start on a lapsed check.
/// </summary>
internal static class CredentialsFilter
{
    public static bool Passes(in CarerView carer, PreparedRequest request) => carer.Row.CredentialsValidThroughDay >= request.FirstDay;

    public static string Explain(in CarerView carer) => carer.Row.CredentialsValidThroughDay == CarerRow.NotBookable
        ? "Not verified yet"
        : $"A required credential expires on {DateOnly.FromDayNumber(carer.Row.CredentialsValidThroughDay):d MMM yyyy}, before care starts";

    public static string Summarise(int count) => Plural.Of(count, "not verified or with a check expiring before the start", "not verified or with a check expiring before the start");
}
