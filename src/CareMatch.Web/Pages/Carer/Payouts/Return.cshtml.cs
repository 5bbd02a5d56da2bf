using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Payouts;

/// <summary>Where Stripe sends the carer back after onboarding: read the account now, then show the payouts page.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerPayoutsReturnModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new RefreshMyPayoutAccount(), cancellationToken);
        return RedirectToPage("/Carer/Payouts/Index", new { returned = true });
    }
}
