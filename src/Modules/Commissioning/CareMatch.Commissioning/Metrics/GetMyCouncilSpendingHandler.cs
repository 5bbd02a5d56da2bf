using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Councils;
using CareMatch.Commissioning.Persistence;
using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// Payments keeps the budgets and works out where each stands today, so spend is asked of it
/// through its contract (never its tables) and summed here, with the small-number rule applied.
/// </summary>
internal sealed class GetMyCouncilSpendingHandler(CommissioningDbContext db, ICurrentUser currentUser, IModuleSender modules, IClock clock)
    : IQueryHandler<GetMyCouncilSpending, CouncilSpendingView?>
{
    public async ValueTask<CouncilSpendingView?> Handle(GetMyCouncilSpending query, CancellationToken cancellationToken)
    {
        if (await MyCouncil.FindAsync(db, currentUser, cancellationToken) is not { } council) return null;
        var budgets = await modules.Send(new ListCouncilBudgets(), cancellationToken);
        return CouncilSpendingOf.Of(council.Name, clock.Today(), budgets);
    }
}
