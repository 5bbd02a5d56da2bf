using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Requests;

[Authorize(Roles = AccountRoles.Seeker)]
public sealed class CareRequestDetailsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MyCareRequest? CareRequest { get; private set; }

    public IReadOnlyList<RequestHistoryEntry> History { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CareRequest = await sender.Send(new GetMyCareRequest(Id), cancellationToken);
        History = await sender.Send(new GetRequestHistory(Id), cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new PublishCareRequest(Id), cancellationToken);
        return RedirectToPage("/Seeker/Requests/Details", new { id = Id });
    }
}
