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
/// <item><b>Hours to a carer's first response</b>: for the requests posted in the period that a carer
/// has answered (applied to, or accepted or declined an invitation to), the hours from posting to the
/// first answer; the median.</item>
/// <item><b>A carer's response within a day</b>: of the requests posted in the period whose 24 hours
/// have passed (or that were answered within them), the share a carer answered at most 24 hours after posting.</item>
/// </list>
/// A request still waiting whose N days have not yet passed is in neither count: it may yet be met in time.
/// </summary>
internal static class RequestTimelinessOf
{
    public static RequestTimeliness Requests(IReadOnlyCollection<RequestFact> posted, DateTimeOffset asOf)
    {
        var days = posted.Where(r => r.FirstDeliveredAt is not null).Select(DaysToFirstVisit).Order().ToList();
        var hours = posted.Where(r => r.FirstCarerResponseAt is not null).Select(r => (r.FirstCarerResponseAt!.Value - r.PostedAt).TotalHours).Order().ToList();
        return new RequestTimeliness(
            posted.Count,
            days.Count,
            DeliveredWithin(posted, 28, asOf),
            days.Count == 0 ? null : Median(days),
            days.Count == 0 ? null : days[(int)Math.Ceiling(0.9 * days.Count) - 1],
            DeliveredWithin(posted, 7, asOf),
            DeliveredWithin(posted, 14, asOf),
            hours.Count,
            hours.Count == 0 ? null : Median(hours),
            Within(posted, r => r.FirstCarerResponseAt, TimeSpan.FromDays(1), asOf));
    }

    private static Share DeliveredWithin(IReadOnlyCollection<RequestFact> posted, int days, DateTimeOffset asOf) =>
        Within(posted, r => r.FirstDeliveredAt, TimeSpan.FromDays(days), asOf);

    /// <summary>Of the requests whose window has passed or that <paramref name="happened"/> within it, those it happened to within it.</summary>
    private static Share Within(IReadOnlyCollection<RequestFact> posted, Func<RequestFact, DateTimeOffset?> happened, TimeSpan window, DateTimeOffset asOf)
    {
        var inTime = posted.Count(r => happened(r) is { } first && first - r.PostedAt <= window);
        var decided = posted.Count(r => r.PostedAt + window <= asOf || (happened(r) is { } first && first - r.PostedAt <= window));
        return new Share(inTime, decided);
    }

    private static double DaysToFirstVisit(RequestFact request) => (request.FirstDeliveredAt!.Value - request.PostedAt).TotalDays;

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1
        ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
