using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Metrics;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Commissioning.Rollup;

/// <summary>
/// A council's figures by district and month, by the same definitions as the commissioner's pages:
/// the requests posted in a month (UK time) give its uptake and timeliness; the requests waiting at
/// its end (or at <c>asOf</c>, for the month under way) give its unmet need; the visits due in it
/// (already counted by district and month, see <see cref="VisitMonthCountsOf"/>) its reliability;
/// and the carers based in a district first verified in it, the new workforce.
/// Months run from the first request's to the current one; a month with nothing in it is still a row of zeros, so a gap is visible as a gap.
/// </summary>
internal static class MonthlyFiguresOf
{
    public static IEnumerable<MonthlyFigures> Council(
        Guid councilId, IReadOnlyList<string> districts, IReadOnlyList<RequestFact> facts, IReadOnlyList<VisitMonthCounts> visits, IReadOnlyList<CarerFact> carers, DateTimeOffset asOf)
    {
        if (facts.Count == 0) return [];
        var byMonth = facts.ToLookup(f => MonthOf(f.PostedAt));
        var visitsIn = visits.ToDictionary(v => (v.District, v.Month));
        var verifiedIn = carers.Where(c => c.District is not null && c.FirstVerifiedAt <= asOf)
            .CountBy(c => (c.District!, MonthOf(c.FirstVerifiedAt!.Value))).ToDictionary();
        var thisMonth = MonthOf(asOf);
        var rows = new List<MonthlyFigures>();
        for (var month = byMonth.Min(g => g.Key); month <= thisMonth; month = month.AddMonths(1))
        {
            var end = UkCalendar.ToInstant(month.AddMonths(1), TimeOnly.MinValue);
            var countedAt = end < asOf ? end : asOf;
            var posted = byMonth[month].ToList();
            var postedIn = posted.ToLookup(f => f.District);
            var waiting = UnmetNeedOf.Districts(facts, districts, countedAt);
            var visitsOf = districts.Select(d => visitsIn.GetValueOrDefault((d, month)) ?? VisitMonthCounts.None(d, month)).ToList();
            var verifiedOf = districts.Select(d => verifiedIn.GetValueOrDefault((d, month))).ToList();
            rows.AddRange(districts.Select((district, i) =>
                MonthlyFigures.Of(councilId, district, month, RequestTimelinessOf.Requests([.. postedIn[district]], asOf), waiting[i], visitsOf[i], verifiedOf[i])));
            var whole = new UnmetNeedRow(MonthlyFigures.WholeCouncil, waiting.Sum(w => w.WaitingOver7Days), waiting.Sum(w => w.WaitingOver28Days), waiting.Sum(w => w.WeeklyHoursOver7Days));
            var allVisits = visitsOf.Aggregate(VisitMonthCounts.None(MonthlyFigures.WholeCouncil, month), (sum, v) => sum.Plus(v));
            rows.Add(MonthlyFigures.Of(councilId, MonthlyFigures.WholeCouncil, month, RequestTimelinessOf.Requests(posted, asOf), whole, allVisits, verifiedOf.Sum()));
        }
        return rows;
    }

    public static DateOnly MonthOf(DateTimeOffset instant)
    {
        var local = UkCalendar.ToUkTime(instant);
        return new DateOnly(local.Year, local.Month, 1);
    }
}
