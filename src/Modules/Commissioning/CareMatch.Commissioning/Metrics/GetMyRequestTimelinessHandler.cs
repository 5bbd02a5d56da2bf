using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Contracts;
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
    public async ValueTask<RequestTimelinessView?> Handle(GetMyRequestTimeliness query, CancellationToken cancellationToken)
    {
        if (await CommissionerScope.FindAsync(db, currentUser, clock, query.Weeks, query.Filters, cancellationToken) is not { } scope) return null;

        var inArea = scope.InArea;
        var posted = RequestFacts.Matching(
            await db.RequestFacts.AsNoTracking().Where(f => inArea.Contains(f.District) && f.PostedAt >= scope.Since && f.PostedAt <= scope.Now).ToListAsync(cancellationToken),
            scope.Filters);

        var figures = RequestTimelinessOf.Requests(posted, scope.Now);
        return new RequestTimelinessView(scope.CouncilName, scope.Weeks, scope.Filters, scope.Districts, scope.From, scope.To, scope.Now,
            SmallNumbers.Count(figures.Posted),
            SmallNumbers.Share(figures.DeliveredWithin7Days),
            SmallNumbers.Share(figures.DeliveredWithin14Days),
            SmallNumbers.Share(figures.DeliveredWithin28Days),
            SmallNumbers.Days(figures.MedianDaysToFirstVisit, figures.Delivered),
            SmallNumbers.Days(figures.Percentile90DaysToFirstVisit, figures.Delivered),
            SmallNumbers.IsSmall(figures.Responded) || figures.MedianHoursToFirstResponse is not { } hours
                ? new PublishedValue(null, SmallNumbers.IsSmall(figures.Responded))
                : new PublishedValue(Math.Round((decimal)hours, 1), false),
            SmallNumbers.Share(figures.RespondedWithinADay),
            await HoursNotGivenQuery.CountAsync(db, scope, cancellationToken),
            WeeklyRequestsOf.Weeks(posted, scope.From, scope.Weeks, scope.Now));
    }
}
