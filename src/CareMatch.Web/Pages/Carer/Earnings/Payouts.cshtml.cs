using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Earnings;

/// <summary>The carer's pay by the day it should reach their bank: what is on its way, and what is paid.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerPayoutsModel(ISender sender) : PageModel
{
    public MyPayouts Payouts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Payouts = await sender.Send(new GetMyPayouts(), cancellationToken);
}
