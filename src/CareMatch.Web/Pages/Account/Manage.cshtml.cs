using CareMatch.Accounts.Contracts;
using CareMatch.Web.Infrastructure.PersonalData;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Account;

[Authorize]
public sealed class ManageModel(ISender sender, PersonalDataDownload download) : PageModel
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

    /// <summary>Every row that belongs to the signed-in account, as a ZIP (data.json and a CSV per table).</summary>
    public async Task<IActionResult> OnPostDownloadDataAsync(CancellationToken cancellationToken) =>
        File(await download.ZipAsync(cancellationToken), "application/zip", PersonalDataDownload.FileName);

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
