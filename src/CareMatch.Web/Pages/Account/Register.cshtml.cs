using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Account;

public sealed class RegisterModel(ISender sender) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new RegisterAccount(Input.Email ?? "", Input.Password ?? "", Input.Role ?? ""), cancellationToken);
        return RedirectToPage("/Account/SignIn", new { registered = true });
    }

    public sealed class RegisterInput
    {
        public string? Role { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
