using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker;

[Authorize(Roles = AccountRoles.Seeker)]
public sealed class SeekerHomeModel(ISender sender) : PageModel
{
    public IReadOnlyList<MyCareRequestSummary> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await sender.Send(new ListMyCareRequests(), cancellationToken);
}
