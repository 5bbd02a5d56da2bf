using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Notifications.Inbox;

internal sealed class ListMyNotificationsHandler(ICurrentUser currentUser, NotificationsDbContext db) : IQueryHandler<ListMyNotifications, IReadOnlyList<InboxItem>>
{
    public async ValueTask<IReadOnlyList<InboxItem>> Handle(ListMyNotifications query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Take(ListMyNotifications.Limit)
            .Select(n => new InboxItem(n.Id, n.Kind, n.Title, n.Body, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
    }
}
