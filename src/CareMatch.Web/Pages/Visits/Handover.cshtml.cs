using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Visits;

/// <summary>
/// The handover card, for the carer of this visit. Opening the page is the reading Bookings
/// records (and shows to the family), so it is sent as a command even on GET.
/// </summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class VisitHandoverModel(ISender sender) : PageModel
{
    public HandoverCardForCarer Card { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Card = await sender.Send(new OpenHandoverCard(id), cancellationToken);
}
