using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Notifications.Preferences;

/// <summary>Safety kinds are never stored as off, whatever the form sent.</summary>
internal sealed class SetMyEmailSettingsHandler(ICurrentUser currentUser, NotificationsDbContext db, IClock clock) : ICommandHandler<SetMyEmailSettings>
{
    public async ValueTask<Unit> Handle(SetMyEmailSettings command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var wanted = command.On.ToHashSet();
        var existing = await db.EmailOptOuts.Where(o => o.UserId == userId).ToListAsync(cancellationToken);
        db.EmailOptOuts.RemoveRange(existing.Where(o => wanted.Contains(o.Kind) || NotificationKinds.IsSafety(o.Kind)));
        var alreadyOff = existing.Select(o => o.Kind).ToHashSet();
        foreach (var kind in NotificationKinds.CanBeTurnedOff.Where(k => !wanted.Contains(k) && !alreadyOff.Contains(k)))
        {
            db.EmailOptOuts.Add(new EmailOptOut(userId, kind, clock.UtcNow));
        }

        return Unit.Value;
    }
}
