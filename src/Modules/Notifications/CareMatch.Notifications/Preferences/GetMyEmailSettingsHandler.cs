using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Notifications.Preferences;

internal sealed class GetMyEmailSettingsHandler(ICurrentUser currentUser, NotificationsDbContext db) : IQueryHandler<GetMyEmailSettings, IReadOnlyList<EmailSetting>>
{
    public async ValueTask<IReadOnlyList<EmailSetting>> Handle(GetMyEmailSettings query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var off = (await db.EmailOptOuts.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.Kind).ToListAsync(cancellationToken)).ToHashSet();
        return NotificationKinds.All
            .Select(kind => NotificationKinds.IsSafety(kind) ? new EmailSetting(kind, On: true, Safety: true) : new EmailSetting(kind, !off.Contains(kind), Safety: false))
            .ToList();
    }
}
