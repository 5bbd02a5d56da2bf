using CareMatch.Notifications.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Inbox;

/// <summary>
/// Opening a notification marks it read and goes to what it is about. A link, so it opens like
/// any other; marking read twice changes nothing. Someone else's notification: 404.
/// </summary>
[Authorize]
public sealed class OpenNotificationModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        LocalRedirect(await sender.Send(new OpenMyNotification(id), cancellationToken));
}
