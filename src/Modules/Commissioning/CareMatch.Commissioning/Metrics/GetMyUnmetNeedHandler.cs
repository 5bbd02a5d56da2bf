using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Metrics;

/// <summary>The commissioner's own council only: each of its districts (or the one chosen), and the total, for the requests the filters name, with small numbers hidden, in the bands open data uses.</summary>
internal sealed class GetMyUnmetNeedHandler(CommissioningDbContext db, ICurrentUser currentUser, IClock clock) : IQueryHandler<GetMyUnmetNeed, UnmetNeedView?>
{
    public async ValueTask<UnmetNeedView?> Handle(GetMyUnmetNeed query, CancellationToken cancellationToken)
    {
        // A snapshot of now, so there is no period: the scope gives the council, its districts and the filters that name something of theirs.
        if (await CommissionerScope.FindAsync(db, currentUser, clock, 0, query.Filters, cancellationToken) is not { } scope) return null;

        var waiting = await ScopedRequests.In(db, scope).AsNoTracking()
            .Where(f => f.ClosedAt == null && f.FirstBookedAt == null)
            .ToListAsync(cancellationToken);
        var now = scope.Now;
        var rows = UnmetNeedOf.Districts(waiting, scope.InArea, now);
        var hide8To28 = SecondarySuppression.Hidden([.. rows.Select(Waiting8To28)]);
        var hide28 = SecondarySuppression.Hidden([.. rows.Select(r => r.WaitingOver28Days)]);
        var published = rows.Select((r, i) => new UnmetNeedDistrict(r.District,
            new PublishedCount(hide8To28[i] ? null : Waiting8To28(r)),
            new PublishedCount(hide28[i] ? null : r.WaitingOver28Days),
            SmallNumbers.IsSmall(r.WaitingOver7Days) ? null : r.WeeklyHoursOver7Days)).ToList();
        var over7 = rows.Sum(r => r.WaitingOver7Days);
        var total = new UnmetNeedDistrict("All", SmallNumbers.Count(rows.Sum(Waiting8To28)), SmallNumbers.Count(rows.Sum(r => r.WaitingOver28Days)),
            SmallNumbers.IsSmall(over7) ? null : rows.Sum(r => r.WeeklyHoursOver7Days));
        var over28 = waiting.Where(r => now - r.PostedAt > TimeSpan.FromDays(28)).ToList();
        return new UnmetNeedView(scope.CouncilName, scope.Filters, scope.Districts, now, published, total, UnmetReasonsOf.Of(over28));
    }

    private static int Waiting8To28(UnmetNeedRow row) => row.WaitingOver7Days - row.WaitingOver28Days;
}
