using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Account;

/// <summary>The link from the reset email: the person chooses a new password.</summary>
public sealed class ResetPasswordModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new ResetPassword(UserId ?? "", Code ?? "", Input.Password ?? ""), cancellationToken);
        return RedirectToPage("/Account/SignIn", new { passwordReset = true });
    }

    public sealed class PasswordInput
    {
        public string? Password { get; set; }
    }
}
