using CareMatch.Commissioning.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Budgets;

/// <summary>Only the commissioner's own council's budgets, newest first; a commissioner not yet linked to a council sees none.</summary>
internal sealed class ListCouncilBudgetsHandler(PaymentsDbContext db, BudgetStatements statements, IModuleSender modules)
    : IQueryHandler<ListCouncilBudgets, IReadOnlyList<BudgetView>>
{
    public async ValueTask<IReadOnlyList<BudgetView>> Handle(ListCouncilBudgets query, CancellationToken cancellationToken)
    {
        if (await modules.Send(new GetMyCouncil(), cancellationToken) is not { } council) return [];
        var budgets = await db.PersonalBudgets.AsNoTracking().Where(b => b.CouncilId == council.Id)
            .OrderByDescending(b => b.OfferedAt).ToListAsync(cancellationToken);
        var views = new List<BudgetView>();
        foreach (var budget in budgets) views.Add(await statements.OfAsync(budget, cancellationToken));
        return views;
    }
}
