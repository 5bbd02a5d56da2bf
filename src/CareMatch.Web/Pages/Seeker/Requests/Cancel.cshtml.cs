using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Requests;

[Authorize(Roles = AccountRoles.Seeker)]
public sealed class CancelCareRequestModel(ISender sender) : PageModel
{
    [BindProperty]
    public CancelInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Asks first whether the request is the seeker's own, so another seeker's id is 404 before any form shows.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = await sender.Send(new GetMyCareRequest(Id), cancellationToken);
        return request.CanCancel ? Page() : RedirectToPage("/Seeker/Requests/Details", new { id = Id });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new CancelCareRequest(Id, Input.Reason), cancellationToken);
        return RedirectToPage("/Seeker/Requests/Details", new { id = Id });
    }

    public sealed class CancelInput
    {
        public string? Reason { get; set; }
    }
}
