using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Notifications.Inbox;

/// <summary>Someone else's notification is NotFound, as if it did not exist.</summary>
internal sealed class OpenMyNotificationHandler(ICurrentUser currentUser, NotificationsDbContext db, IClock clock) : ICommandHandler<OpenMyNotification, string>
{
    public async ValueTask<string> Handle(OpenMyNotification command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.NotificationId && n.UserId == userId, cancellationToken)
            ?? throw new NotFoundException();
        notification.MarkRead(clock.UtcNow);
        return notification.Link;
    }
}
