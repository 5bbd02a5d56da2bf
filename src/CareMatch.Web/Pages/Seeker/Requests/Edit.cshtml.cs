using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Requests;

[Authorize(Roles = AccountRoles.Seeker)]
public sealed class EditCareRequestModel(ISender sender) : PageModel
{
    private CareRequestDetails _input = SlotRows.Padded(new CareRequestDetails());

    /// <summary>Always shows every slot row, including when the form comes back with errors.</summary>
    [BindProperty]
    public CareRequestDetails Input
    {
        get => _input;
        set => _input = SlotRows.Padded(value);
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var editable = await sender.Send(new GetMyCareRequestForEditing(Id), cancellationToken);
        // A booked, cancelled or finished request cannot change: show it instead of a form that would be refused.
        if (!editable.CanEdit) return RedirectToPage("/Seeker/Requests/Details", new { id = Id });
        Input = editable.Details;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new UpdateCareRequest(Id, Input), cancellationToken);
        return RedirectToPage("/Seeker/Requests/Details", new { id = Id });
    }
}
