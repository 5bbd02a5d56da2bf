namespace CareMatch.Commissioning.Activity;

/// <summary>
/// Visits for a generated request, from its first visit on: about <c>perWeek</c> a week, most by
/// the person's main carer, some by a second, a few by others of the district's carers; most given
/// on time, some late, a few missed or cancelled by either side, some of those late, and most
/// of the carers' cancellations covered.
/// </summary>
internal static class GeneratedVisits
{
    public const int CarersPerDistrict = 8;

    public static IEnumerable<VisitFact> For(Random random, RequestFact request, DateTimeOffset until, double perWeek)
    {
        if (request.FirstDeliveredAt is not { } first || perWeek <= 0) yield break;
        var main = random.Next(CarersPerDistrict);
        var second = (main + 1 + random.Next(CarersPerDistrict - 1)) % CarersPerDistrict;
        var gap = TimeSpan.FromDays(7 / perWeek);
        for (var due = first; due < until; due += gap)
        {
            var pick = random.NextDouble();
            var carer = Carer(request.District, pick < 0.7 ? main : pick < 0.9 ? second : random.Next(CarersPerDistrict));
            var fate = random.NextDouble();
            var visit = Guid.NewGuid();
            if (fate < 0.93) yield return VisitFact.Given(visit, request.RequestId, carer, due, due.AddMinutes(random.NextDouble() < 0.88 ? random.Next(-10, 11) : random.Next(11, 45)));
            else if (fate < 0.94) yield return VisitFact.Missed(visit, request.RequestId, carer, due, (int)(request.WeeklyMinutes / perWeek));
            else
            {
                var notice = TimeSpan.FromHours(random.NextDouble() < 0.35 ? random.Next(1, 24) : random.Next(24, 24 * 7));
                if (due - notice >= until) continue;
                var byCarer = fate < 0.97;
                var cancelled = VisitFact.Cancelled(visit, request.RequestId, carer, byCarer, due - notice, notice, coverSought: byCarer, (int)(request.WeeklyMinutes / perWeek));
                Cover(random, cancelled, notice);
                yield return cancelled;
            }
        }
    }

    /// <summary>Most carer cancellations are covered, half of those within 2 hours; never after the visit was due.</summary>
    private static void Cover(Random random, VisitFact cancelled, TimeSpan notice)
    {
        if (!cancelled.CoverSought || random.NextDouble() >= 0.75) return;
        var after = TimeSpan.FromMinutes(random.NextDouble() < 0.5 ? random.Next(10, 121) : random.Next(121, 480));
        if (after < notice) cancelled.Covered(after);
    }

    /// <summary>The same few carers in a district across requests, so continuity and carers-per-month have something to count.</summary>
    public static Guid Carer(string district, int number) => GeneratedActivity.IdOf($"carematch-generated-carer-{district}-{number}");
}
