using CareMatch.Notifications.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Inbox;

/// <summary>Everything the signed-in person was told, newest first, unread marked; each opens the thing it is about.</summary>
[Authorize]
public sealed class InboxModel(ISender sender) : PageModel
{
    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await sender.Send(new ListMyNotifications(), cancellationToken);
}
