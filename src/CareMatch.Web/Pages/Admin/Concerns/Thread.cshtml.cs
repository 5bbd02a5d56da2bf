using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Concerns;

/// <summary>
/// The thread a concern names. Opening it records the reading, so it is a POST-free GET that
/// writes: deliberate, since every look must be in the trail, however it was opened.
/// </summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class ConcernThreadModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ConcernId { get; set; }

    public ConcernThread Thread { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Thread = await sender.Send(new ReadConcernThread(ConcernId), cancellationToken);
}
