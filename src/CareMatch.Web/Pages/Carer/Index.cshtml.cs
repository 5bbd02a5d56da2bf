using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerHomeModel(ISender sender) : PageModel
{
    public CarerProfileSummary? Profile { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Profile = await sender.Send(new GetMyCarerProfile(), cancellationToken);
}
