using CareMatch.Notifications.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.ViewComponents;

/// <summary>The inbox link in the header, with the signed-in person's unread count: one small count query per page.</summary>
public sealed class UnreadNotificationsViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        User.Identity?.IsAuthenticated == true ? View(await sender.Send(new CountMyUnreadNotifications())) : Content(string.Empty);
}
