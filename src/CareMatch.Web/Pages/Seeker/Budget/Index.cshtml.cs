using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Budget;

/// <summary>The seeker's council personal budget: agree to an offer (or turn it down), then see what is allocated, committed, spent and left.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class SeekerBudgetModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    public BudgetView? Budget { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAnswerAsync(Guid budgetId, bool agree, CancellationToken cancellationToken)
    {
        await sender.Send(new AnswerBudgetOffer(budgetId, agree), cancellationToken);
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Budget = await sender.Send(new GetMyBudget(), cancellationToken);
}
