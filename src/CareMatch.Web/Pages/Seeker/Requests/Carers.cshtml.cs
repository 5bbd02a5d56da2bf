using CareMatch.Accounts.Contracts;
using CareMatch.Matching.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Requests;

/// <summary>The carers ranked for one of the seeker's own requests, with why; another seeker's request is 404.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class RequestShortlistModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Shortlist Shortlist { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Shortlist = await sender.Send(new GetShortlistForMyRequest(Id), cancellationToken);

    /// <summary>The seeker accepts the offer to ask carers a little beyond their usual distance.</summary>
    public async Task<IActionResult> OnPostWidenAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new WidenMyRequest(Id), cancellationToken);
        return RedirectToPage();
    }
}
