using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Councils;

[Authorize(Roles = AccountRoles.Admin)]
public sealed class CreateCouncilModel(ISender sender) : PageModel
{
    [BindProperty]
    public CouncilInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new CreateCouncil(Input.Name ?? "", Input.Districts ?? ""), cancellationToken);
        return RedirectToPage("/Admin/Councils/Index");
    }

    public sealed class CouncilInput
    {
        public string? Name { get; set; }

        public string? Districts { get; set; }
    }
}
