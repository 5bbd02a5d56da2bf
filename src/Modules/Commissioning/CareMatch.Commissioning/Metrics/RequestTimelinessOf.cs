using CareMatch.Commissioning.Activity;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// The uptake and timeliness metrics, as defined on the commissioner's page:
/// <list type="bullet">
/// <item><b>Posted</b>: requests posted in the period.</item>
/// <item><b>Delivered within N days</b> (N = 7, 14, 28): of the requests posted in the period whose
/// N days have passed (or that were already delivered within them), the share whose first visit
/// was checked in at most N × 24 hours after posting; a visit at exactly N days counts.</item>
/// <item><b>Days to first visit</b>: for the requests posted in the period that have had a visit,
/// the days from posting to the first check-in; the median (the mean of the middle two when even)
/// and the 90th percentile (nearest rank).</item>
/// </list>
/// A request still waiting whose N days have not yet passed is in neither count: it may yet be met in time.
/// </summary>
internal static class RequestTimelinessOf
{
    public static RequestTimeliness Requests(IReadOnlyCollection<RequestFact> posted, DateTimeOffset asOf)
    {
        var days = posted.Where(r => r.FirstDeliveredAt is not null).Select(DaysToFirstVisit).Order().ToList();
        return new RequestTimeliness(
            posted.Count,
            days.Count,
            DeliveredWithin(posted, 28, asOf),
            days.Count == 0 ? null : Median(days),
            days.Count == 0 ? null : days[(int)Math.Ceiling(0.9 * days.Count) - 1],
            DeliveredWithin(posted, 7, asOf),
            DeliveredWithin(posted, 14, asOf));
    }

    private static Share DeliveredWithin(IReadOnlyCollection<RequestFact> posted, int days, DateTimeOffset asOf)
    {
        var window = TimeSpan.FromDays(days);
        var inTime = posted.Count(r => r.FirstDeliveredAt is { } first && first - r.PostedAt <= window);
        var decided = posted.Count(r => r.PostedAt + window <= asOf || (r.FirstDeliveredAt is { } first && first - r.PostedAt <= window));
        return new Share(inTime, decided);
    }

    private static double DaysToFirstVisit(RequestFact request) => (request.FirstDeliveredAt!.Value - request.PostedAt).TotalDays;

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1
        ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
