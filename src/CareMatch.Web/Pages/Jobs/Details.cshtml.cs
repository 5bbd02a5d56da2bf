using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Jobs;

/// <summary>A carer's view of one open request: never the address, the name or the notes (Needs leaves them out).</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class JobDetailsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CareRequestForCarer? Job { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Job = await sender.Send(new GetCareRequestForCarer(Id), cancellationToken);
}
