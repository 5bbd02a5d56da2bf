using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Account;

[Authorize]
public sealed class ChangePasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new ChangePassword(Input.CurrentPassword ?? "", Input.NewPassword ?? ""), cancellationToken);
        return RedirectToPage("/Account/Manage", new { passwordChanged = true });
    }

    public sealed class ChangePasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }
    }
}
