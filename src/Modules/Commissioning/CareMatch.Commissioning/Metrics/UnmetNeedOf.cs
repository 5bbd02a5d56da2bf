using CareMatch.Commissioning.Activity;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// Unmet need, as defined on the commissioner's page: a request is <b>waiting</b> while it is open
/// (not closed) and no carer has been booked for it. Per district, the requests waiting more than 7
/// days and more than 28 days since they were posted, and the weekly hours the former ask for.
/// Counted as things stood at <c>asOf</c>, so a past month's end can be counted too: a request closed or booked since then was still waiting then.
/// </summary>
internal static class UnmetNeedOf
{
    public static IReadOnlyList<UnmetNeedRow> Districts(IReadOnlyCollection<RequestFact> requests, IReadOnlyList<string> districts, DateTimeOffset asOf)
    {
        var waitingIn = requests.Where(r => WaitingAt(r, asOf)).ToLookup(r => r.District);
        return
        [
            .. districts.Select(district =>
            {
                var over7 = waitingIn[district].Where(r => asOf - r.PostedAt > TimeSpan.FromDays(7)).ToList();
                return new UnmetNeedRow(district, over7.Count, over7.Count(r => asOf - r.PostedAt > TimeSpan.FromDays(28)), over7.Sum(r => r.WeeklyMinutes) / 60m);
            }),
        ];
    }

    private static bool WaitingAt(RequestFact request, DateTimeOffset asOf) =>
        request.PostedAt <= asOf && !(request.ClosedAt <= asOf) && !(request.FirstBookedAt <= asOf);
}
