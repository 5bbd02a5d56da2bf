using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Users;

[Authorize(Roles = AccountRoles.Admin)]
public sealed class UsersModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AccountList Accounts { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await sender.Send(new ListAccounts(Search, PageNumber), cancellationToken);

    public async Task<IActionResult> OnPostSuspendAsync(string userId, CancellationToken cancellationToken)
    {
        await sender.Send(new SuspendAccount(userId), cancellationToken);
        return RedirectToPage(new { search = Search });
    }

    public async Task<IActionResult> OnPostRestoreAsync(string userId, CancellationToken cancellationToken)
    {
        await sender.Send(new RestoreAccount(userId), cancellationToken);
        return RedirectToPage(new { search = Search });
    }
}
