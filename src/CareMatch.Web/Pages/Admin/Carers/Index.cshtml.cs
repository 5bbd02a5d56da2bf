using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Carers;

[Authorize(Roles = AccountRoles.Admin)]
public sealed class CarersAwaitingVerificationModel(ISender sender) : PageModel
{
    public IReadOnlyList<CarerAwaitingVerification> Carers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Carers = await sender.Send(new ListCarersAwaitingVerification(), cancellationToken);
}
