using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Councils;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Metrics;

/// <summary>The commissioner's own council only: its districts' requests, posted in the chosen weeks up to today.</summary>
internal sealed class GetMyRequestTimelinessHandler(CommissioningDbContext db, ICurrentUser currentUser, IClock clock)
    : IQueryHandler<GetMyRequestTimeliness, RequestTimelinessView?>
{
    private static readonly int[] Periods = [4, 13, 52];

    public async ValueTask<RequestTimelinessView?> Handle(GetMyRequestTimeliness query, CancellationToken cancellationToken)
    {
        if (await MyCouncil.FindAsync(db, currentUser, cancellationToken) is not { } council) return null;

        var weeks = Periods.Contains(query.Weeks) ? query.Weeks : 13;
        var now = clock.UtcNow;
        var to = clock.Today();
        var from = to.AddDays(1 - (7 * weeks));
        var since = UkCalendar.ToInstant(from, TimeOnly.MinValue);
        var districts = await db.CouncilDistricts.Where(d => d.CouncilId == council.Id).Select(d => d.District).OrderBy(d => d).ToListAsync(cancellationToken);
        var filters = RequestFacts.Known(query.Filters, districts);
        var inArea = filters.District is { } one ? [one] : districts;
        var posted = RequestFacts.Matching(
            await db.RequestFacts.AsNoTracking().Where(f => inArea.Contains(f.District) && f.PostedAt >= since && f.PostedAt <= now).ToListAsync(cancellationToken),
            filters);

        var figures = RequestTimelinessOf.Requests(posted, now);
        return new RequestTimelinessView(council.Name, weeks, filters, districts, from, to, now,
            SmallNumbers.Count(figures.Posted),
            SmallNumbers.Share(figures.DeliveredWithin7Days),
            SmallNumbers.Share(figures.DeliveredWithin14Days),
            SmallNumbers.Share(figures.DeliveredWithin28Days),
            SmallNumbers.Days(figures.MedianDaysToFirstVisit, figures.Delivered),
            SmallNumbers.Days(figures.Percentile90DaysToFirstVisit, figures.Delivered),
            WeeklyRequestsOf.Weeks(posted, from, weeks, now));
    }
}
