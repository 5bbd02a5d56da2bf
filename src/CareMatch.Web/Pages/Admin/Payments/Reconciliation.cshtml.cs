using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Payments;

/// <summary>The books against Stripe, as the nightly reconciliation last found them.</summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class AdminReconciliationModel(ISender sender) : PageModel
{
    public ReconciliationView? Reconciliation { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reconciliation = await sender.Send(new GetReconciliation(), cancellationToken);
}
