using CareMatch.Accounts.Contracts;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.PersonalData;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.PersonalData;

internal sealed class ExportMyMatchingDataHandler(MatchingDbContext db, ICurrentUser currentUser, IModuleSender sender) : IQueryHandler<ExportMyMatchingData, ModuleDataExport>
{
    public async ValueTask<ModuleDataExport> Handle(ExportMyMatchingData query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new AccessDeniedException();
        var tracked = await db.TrackedRequests.AsNoTracking().Where(r => r.SeekerUserId == userId).ToListAsync(cancellationToken);
        Guid? profileId = currentUser.IsInRole(AccountRoles.Carer)
            ? (await sender.Send(new GetMyCarerProfile(), cancellationToken))?.ProfileId
            : null;
        var alerts = profileId is { } id
            ? await db.JobAlerts.AsNoTracking().Where(a => a.CarerProfileId == id).ToListAsync(cancellationToken)
            : [];
        var records = profileId is { } carer
            ? await db.TrackRecords.AsNoTracking().Where(r => r.CarerProfileId == carer).ToListAsync(cancellationToken)
            : [];
        var replies = profileId is { } replier
            ? await db.InvitationReplies.AsNoTracking().Where(r => r.CarerProfileId == replier).ToListAsync(cancellationToken)
            : [];
        return new ModuleDataExport("Matching",
        [
            .. PersonalDataRows.Of(db, tracked),
            .. PersonalDataRows.Of(db, alerts),
            .. PersonalDataRows.Of(db, records),
            .. PersonalDataRows.Of(db, replies),
        ]);
    }
}
