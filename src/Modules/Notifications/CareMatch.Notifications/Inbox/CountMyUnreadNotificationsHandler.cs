using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Notifications.Inbox;

/// <summary>One count over the (person, read) index: cheap enough for every page's header.</summary>
internal sealed class CountMyUnreadNotificationsHandler(ICurrentUser currentUser, NotificationsDbContext db) : IQueryHandler<CountMyUnreadNotifications, int>
{
    public async ValueTask<int> Handle(CountMyUnreadNotifications query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }
}
