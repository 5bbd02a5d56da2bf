using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Input;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner.Budgets;

/// <summary>A commissioner offers a personal budget to a person with a CareMatch account, who then agrees to it.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class OfferBudgetModel(ISender sender) : PageModel
{
    [BindProperty]
    public OfferInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new OfferPersonalBudget(Input.SeekerEmail, Input.CaseReference, Input.AmountPerPeriod, Input.StartsOn, Input.EndsOn), cancellationToken);
        return RedirectToPage("/Commissioner/Budgets/Index");
    }

    public sealed class OfferInput
    {
        public string? SeekerEmail { get; set; }

        public string? CaseReference { get; set; }

        public string? AmountPerPeriod { get; set; }

        public DateBoxes StartsOn { get; set; } = new(null, null, null);

        public DateBoxes EndsOn { get; set; } = new(null, null, null);
    }
}
