using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Requests;

[Authorize(Roles = AccountRoles.Seeker)]
public sealed class NewCareRequestModel(ISender sender) : PageModel
{
    private CareRequestDetails _input = SlotRows.Padded(new CareRequestDetails());

    /// <summary>Always shows every slot row, including when the form comes back with errors.</summary>
    [BindProperty]
    public CareRequestDetails Input
    {
        get => _input;
        set => _input = SlotRows.Padded(value);
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => CreateAsync(publish: true, cancellationToken);

    public Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken) => CreateAsync(publish: false, cancellationToken);

    private async Task<IActionResult> CreateAsync(bool publish, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateCareRequest(Input, publish), cancellationToken);
        return RedirectToPage("/Seeker/Requests/Details", new { id });
    }
}
