using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Account;

[Authorize]
public sealed class ManageModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool PasswordChanged { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ConfirmationSent { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool SignedOutElsewhere { get; set; }

    public MyAccount? Account { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Account = await sender.Send(new GetMyAccount(), cancellationToken);

    public async Task<IActionResult> OnPostSignOutEverywhereElseAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SignOutEverywhereElse(), cancellationToken);
        return RedirectToPage(new { signedOutElsewhere = true });
    }

    public async Task<IActionResult> OnPostResendConfirmationAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new ResendEmailConfirmation(), cancellationToken);
        return RedirectToPage(new { confirmationSent = true });
    }
}
