using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Payouts;

/// <summary>Stripe's onboarding link expired (or was used twice): ask for a fresh one and go straight back.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerPayoutsRefreshModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        Redirect((await sender.Send(PayoutLinks.StartOnboarding(Url, Request), cancellationToken)).ToString());
}
