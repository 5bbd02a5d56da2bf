using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.PersonalData;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Notifications.PersonalData;

internal sealed class ExportMyNotificationsDataHandler(NotificationsDbContext db, ICurrentUser currentUser) : IQueryHandler<ExportMyNotificationsData, ModuleDataExport>
{
    public async ValueTask<ModuleDataExport> Handle(ExportMyNotificationsData query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
        var optOuts = await db.EmailOptOuts.AsNoTracking().Where(o => o.UserId == userId).ToListAsync(cancellationToken);
        return new ModuleDataExport("Notifications",
        [
            .. PersonalDataRows.Of(db, notifications),
            .. PersonalDataRows.Of(db, optOuts),
        ]);
    }
}
