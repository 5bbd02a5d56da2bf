using CareMatch.Payments.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Budgets;

/// <summary>The seeker's latest budget that is not turned down.</summary>
internal sealed class GetMyBudgetHandler(PaymentsDbContext db, BudgetStatements statements, ICurrentUser currentUser) : IQueryHandler<GetMyBudget, BudgetView?>
{
    public async ValueTask<BudgetView?> Handle(GetMyBudget query, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireUserId();
        var budget = await db.PersonalBudgets.AsNoTracking().Where(b => b.SeekerUserId == me && b.DeclinedAt == null)
            .OrderByDescending(b => b.StartsOn).FirstOrDefaultAsync(cancellationToken);
        return budget is null ? null : await statements.OfAsync(budget, cancellationToken);
    }
}
