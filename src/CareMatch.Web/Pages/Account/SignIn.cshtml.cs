using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Account;

public sealed class SignInModel(ISender sender) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Registered { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool PasswordReset { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool InvitationAccepted { get; set; }

    /// <summary>Good news from the page that sent the person here, if any.</summary>
    public string? Notice =>
        Registered ? "Thank you for signing up. We have sent you an email"
        : PasswordReset ? "Your password has been changed"
        : InvitationAccepted ? "Your password has been set"
        : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SignInWithPassword(Input.Email ?? "", Input.Password ?? "", Input.RememberMe), cancellationToken);
        // Only ever return to a page on this site.
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
    }

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
