using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Payouts;

/// <summary>Stripe's onboarding, played by the app when no Stripe keys are set: one button, no real details asked.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerPayoutsTestModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new GetMyPayoutAccount(), cancellationToken)).TestPayments ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new FinishTestOnboarding(), cancellationToken);
        return RedirectToPage("/Carer/Payouts/Return");
    }
}
