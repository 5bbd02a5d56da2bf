using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Councils;

[Authorize(Roles = AccountRoles.Admin)]
public sealed class InviteCommissionerModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid CouncilId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Invited { get; set; }

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new InviteCommissioner(CouncilId, Input.Email ?? ""), cancellationToken);
        return RedirectToPage(new { councilId = CouncilId, invited = Input.Email?.Trim() });
    }

    public sealed class InviteInput
    {
        public string? Email { get; set; }
    }
}
