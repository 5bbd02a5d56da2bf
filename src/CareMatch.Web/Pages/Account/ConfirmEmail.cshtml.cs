using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Account;

/// <summary>The link from the registration email. Confirming twice is harmless.</summary>
public sealed class ConfirmEmailModel(ISender sender) : PageModel
{
    public async Task OnGetAsync(string? userId, string? code, CancellationToken cancellationToken) =>
        await sender.Send(new ConfirmEmail(userId ?? "", code ?? ""), cancellationToken);
}
