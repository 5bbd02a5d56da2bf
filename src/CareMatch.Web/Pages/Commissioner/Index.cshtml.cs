using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner;

[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class CommissionerHomeModel(ISender sender) : PageModel
{
    public CouncilSummary? Council { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Council = await sender.Send(new GetMyCouncil(), cancellationToken);
}
