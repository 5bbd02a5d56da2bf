using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Carers;

[Authorize(Roles = AccountRoles.Admin)]
public sealed class RejectCredentialModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ProfileId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid CredentialId { get; set; }

    /// <summary>Only to name the credential on the page; the module works from the ids.</summary>
    [BindProperty(SupportsGet = true)]
    public CredentialKind? Kind { get; set; }

    [BindProperty]
    public RejectInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new RejectCredential(ProfileId, CredentialId, Input.Reason), cancellationToken);
        return RedirectToPage("/Admin/Carers/Review", new { profileId = ProfileId });
    }

    public sealed class RejectInput
    {
        public string? Reason { get; set; }
    }
}
