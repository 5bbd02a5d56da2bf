using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Concerns;

/// <summary>The safeguarding queue: open concerns first, urgent first.</summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class ConcernQueueModel(ISender sender) : PageModel
{
    public IReadOnlyList<ConcernRow> Concerns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Concerns = await sender.Send(new ListConcerns(), cancellationToken);
}
