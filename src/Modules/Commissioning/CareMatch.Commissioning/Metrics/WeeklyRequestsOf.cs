using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// The period's requests week by week: posted, and of them first visited within 7 days (as
/// <see cref="RequestTimelinessOf"/> defines it). The weeks add up to the period's totals shown
/// beside them, so each column is suppressed together (<see cref="SecondarySuppression"/>), the
/// 7-day count with its rest, so no week's small number can be worked out.
/// </summary>
internal static class WeeklyRequestsOf
{
    public static IReadOnlyList<WeekOfRequests> Weeks(IReadOnlyList<RequestFact> posted, DateOnly from, int weeks, DateTimeOffset asOf)
    {
        var rows = Enumerable.Range(0, weeks).Select(i =>
        {
            var starting = from.AddDays(7 * i);
            var (start, end) = (UkCalendar.ToInstant(starting, TimeOnly.MinValue), UkCalendar.ToInstant(starting.AddDays(7), TimeOnly.MinValue));
            var inWeek = posted.Where(f => f.PostedAt >= start && f.PostedAt < end).ToList();
            return (Starting: starting, Posted: inWeek.Count, Within7: RequestTimelinessOf.Requests(inWeek, asOf).DeliveredWithin7Days.Count);
        }).ToList();
        var hidePosted = SecondarySuppression.Hidden([.. rows.Select(r => r.Posted)]);
        var hideWithin7 = SecondarySuppression.Hidden([.. rows.Select(r => new Share(r.Within7, r.Posted))]);
        return
        [
            .. rows.Select((r, i) => new WeekOfRequests(r.Starting, new PublishedCount(hidePosted[i] ? null : r.Posted), new PublishedCount(hideWithin7[i] ? null : r.Within7))),
        ];
    }
}
