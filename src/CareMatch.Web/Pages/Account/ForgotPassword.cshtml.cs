using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Account;

public sealed class ForgotPasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new RequestPasswordReset(Input.Email ?? ""), cancellationToken);
        return RedirectToPage(new { sent = true });
    }

    public sealed class EmailInput
    {
        public string? Email { get; set; }
    }
}
