using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages;

public sealed class IndexModel(ISender sender) : PageModel
{
    public bool IsCarer => User.IsInRole(AccountRoles.Carer);

    public CarerProfileSummary? CarerProfile { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsCarer) CarerProfile = await sender.Send(new GetMyCarerProfile(), cancellationToken);
    }
}
