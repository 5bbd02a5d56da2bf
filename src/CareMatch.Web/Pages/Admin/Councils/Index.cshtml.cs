using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Councils;

[Authorize(Roles = AccountRoles.Admin)]
public sealed class CouncilsModel(ISender sender) : PageModel
{
    public IReadOnlyList<CouncilSummary> Councils { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Councils = await sender.Send(new ListCouncils(), cancellationToken);
}
