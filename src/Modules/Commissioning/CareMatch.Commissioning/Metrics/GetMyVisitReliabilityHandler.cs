using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Commissioning.Metrics;

/// <summary>The commissioner's own council only: the visits due in its districts in the chosen weeks, for the requests the filters name.</summary>
internal sealed class GetMyVisitReliabilityHandler(CommissioningDbContext db, ICurrentUser currentUser, IClock clock)
    : IQueryHandler<GetMyVisitReliability, VisitReliabilityView?>
{
    public async ValueTask<VisitReliabilityView?> Handle(GetMyVisitReliability query, CancellationToken cancellationToken)
    {
        if (await CommissionerScope.FindAsync(db, currentUser, clock, query.Weeks, query.Filters, cancellationToken) is not { } scope) return null;

        var figures = VisitReliabilityOf.Of(await VisitCountsQuery.CountAsync(db, scope, cancellationToken));
        var (coverInTwo, coverInFour) = SmallNumbers.Nested(figures.CoveredWithinTwoHours, figures.CoveredWithinFourHours);
        return new VisitReliabilityView(scope.CouncilName, scope.Weeks, scope.Filters, scope.Districts, scope.From, scope.To, scope.Now,
            SmallNumbers.Count(figures.Due),
            SmallNumbers.Count(figures.Given),
            SmallNumbers.Share(figures.Missed),
            SmallNumbers.Share(figures.CancelledByCarer),
            SmallNumbers.Share(figures.CancelledLate),
            SmallNumbers.Share(figures.CheckedInOnTime),
            SmallNumbers.Count(figures.People),
            SmallNumbers.Share(figures.GivenByTwoMostFrequentCarers),
            SmallNumbers.IsSmall(figures.PersonMonths) || figures.DistinctCarersPerPersonMonth is null
                ? new PublishedValue(null, SmallNumbers.IsSmall(figures.PersonMonths))
                : new PublishedValue(Math.Round((decimal)figures.DistinctCarersPerPersonMonth.Value, 1), false),
            coverInTwo,
            coverInFour);
    }
}
