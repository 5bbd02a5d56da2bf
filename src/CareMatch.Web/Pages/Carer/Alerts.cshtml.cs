using CareMatch.Accounts.Contracts;
using CareMatch.Matching.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

/// <summary>The carer's job alerts: requests they were told fit them, newest first; they can mark them all as read.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerAlertsModel(ISender sender) : PageModel
{
    public MyJobAlerts Alerts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Alerts = await sender.Send(new GetMyJobAlerts(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new MarkMyJobAlertsSeen(), cancellationToken);
        return RedirectToPage();
    }
}
