using System.Linq.Expressions;
using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// The commissioner's own council only. Carers are counted where they are based (their home
/// district); the ones active are counted by the visits they gave to the area's requests, wherever
/// they live. Age band and funding describe the person cared for, so they are dropped here.
/// </summary>
internal sealed class GetMyWorkforceHandler(CommissioningDbContext db, ICurrentUser currentUser, IModuleSender modules, IClock clock)
    : IQueryHandler<GetMyWorkforce, WorkforceView?>
{
    /// <summary>A request with a carer booked that has not closed: care going on now.</summary>
    private static readonly Expression<Func<RequestFact, bool>> Going = r => r.FirstBookedAt != null && r.ClosedAt == null;

    public async ValueTask<WorkforceView?> Handle(GetMyWorkforce query, CancellationToken cancellationToken)
    {
        var filters = query.Filters with { AgeBand = null, Funding = null };
        if (await CommissionerScope.FindAsync(db, currentUser, clock, query.Weeks, filters, cancellationToken) is not { } scope) return null;

        var view = WorkforceOf.Of(
            scope,
            await CarersAsync(scope, cancellationToken),
            await ActiveCarersAsync(scope, cancellationToken),
            await ScopedRequests.In(db, scope).CountAsync(Going, cancellationToken),
            await ScopedRequests.In(db, scope).Where(Going).SumAsync(r => r.WeeklyMinutes, cancellationToken),
            await db.Councils.Where(c => c.Id == scope.CouncilId).Select(c => c.FrameworkHourlyRatePence).SingleAsync(cancellationToken));
        return view.MedianHourlyRatePence is { } median
            ? view with { MedianPayAfterFeesPence = await modules.Send(new GetCarerPayAfterFees(median), cancellationToken) }
            : view;
    }

    private async Task<List<WorkforceCarer>> CarersAsync(CommissionerScope scope, CancellationToken cancellationToken)
    {
        var inArea = scope.InArea;
        var carers = db.CarerFacts.AsNoTracking().Where(c => c.District != null && inArea.Contains(c.District));
        if (scope.Filters.CareType is { } care)
        {
            var token = "," + care + ",";
            carers = carers.Where(c => ("," + c.CareTypes + ",").Contains(token));
        }
        var (since, now) = (scope.Since, scope.Now);
        return await carers
            .Select(c => new WorkforceCarer(c.District!, c.Bookable, c.HourlyRatePence, c.WeeklyMinutesOffered, c.FirstVerifiedAt >= since && c.FirstVerifiedAt <= now))
            .ToListAsync(cancellationToken);
    }

    private async Task<int> ActiveCarersAsync(CommissionerScope scope, CancellationToken cancellationToken) =>
        await (from visit in db.VisitFacts.AsNoTracking()
               join request in ScopedRequests.In(db, scope) on visit.RequestId equals request.RequestId
               where visit.Outcome == VisitOutcome.Given && visit.DueAt >= scope.Since && visit.DueAt <= scope.Now
               select visit.CarerProfileId).Distinct().CountAsync(cancellationToken);
}
