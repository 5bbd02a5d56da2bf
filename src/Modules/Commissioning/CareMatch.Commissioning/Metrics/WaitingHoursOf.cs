using CareMatch.SharedKernel.Time;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// The care asked for while requests waited for a first visit, within a period: each request's weekly
/// hours for the part of the period from the later of its posting and its first day of care (UK
/// midnight) to the earliest of its first visit, its closing and now. A week's care is its weekly hours,
/// so 3½ days waiting is half of them.
/// </summary>
internal static class WaitingHoursOf
{
    public static (int Requests, double Hours) Of(IEnumerable<RequestWait> requests, DateTimeOffset since, DateTimeOffset now)
    {
        var (count, hours) = (0, 0.0);
        foreach (var request in requests)
        {
            var starts = request.CareStartsOn is { } day ? UkCalendar.ToInstant(day, TimeOnly.MinValue) : request.PostedAt;
            var from = new[] { request.PostedAt, starts, since }.Max();
            var until = new[] { request.FirstDeliveredAt ?? now, request.ClosedAt ?? now, now }.Min();
            if (until <= from) continue;
            count++;
            hours += request.WeeklyMinutes / 60.0 * (until - from).TotalDays / 7;
        }
        return (count, hours);
    }
}
