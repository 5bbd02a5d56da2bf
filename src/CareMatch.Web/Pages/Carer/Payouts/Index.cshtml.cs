using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Web.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Payouts;

/// <summary>How the carer is paid: set up (or finish setting up) payouts with Stripe, and see what Stripe still needs.</summary>
[Authorize(Roles = AccountRoles.Carer)]
[FormsGoToPaymentPages]
public sealed class CarerPayoutsModel(ISender sender) : PageModel
{
    public MyPayoutAccount Account { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Returned { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Account = await sender.Send(new GetMyPayoutAccount(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        Redirect((await sender.Send(PayoutLinks.StartOnboarding(Url, Request), cancellationToken)).ToString());
}
