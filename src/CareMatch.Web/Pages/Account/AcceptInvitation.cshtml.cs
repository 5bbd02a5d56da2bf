using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Account;

/// <summary>The link from an invitation email: the invited person sets their password.</summary>
public sealed class AcceptInvitationModel(ISender sender) : PageModel
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
        await sender.Send(new AcceptInvitation(UserId ?? "", Code ?? "", Input.Password ?? ""), cancellationToken);
        return RedirectToPage("/Account/SignIn", new { invitationAccepted = true });
    }

    public sealed class PasswordInput
    {
        public string? Password { get; set; }
    }
}
