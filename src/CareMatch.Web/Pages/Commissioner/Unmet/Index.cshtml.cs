using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner.Unmet;

/// <summary>Where need is waiting: requests in each of the council's districts that no carer has taken yet.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class UnmetNeedModel(ISender sender) : PageModel
{
    public UnmetNeedView? Need { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Need = await sender.Send(new GetMyUnmetNeed(), cancellationToken);
}
