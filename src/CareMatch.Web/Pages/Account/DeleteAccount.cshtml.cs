using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Account;

[Authorize]
public sealed class DeleteAccountModel(ISender sender) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteMyAccount(Input.Password ?? ""), cancellationToken);
        return RedirectToPage("/Index", new { deleted = true });
    }

    public sealed class PasswordInput
    {
        public string? Password { get; set; }
    }
}
