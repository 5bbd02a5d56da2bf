using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner.Budgets;

/// <summary>The council's personal budgets: allocated, committed, spent and left, and which need a look.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class CouncilBudgetsModel(ISender sender) : PageModel
{
    public IReadOnlyList<BudgetView> Budgets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Budgets = await sender.Send(new ListCouncilBudgets(), cancellationToken);
}
