using CareMatch.Needs.Acting;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.PersonalData;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.PersonalData;

internal sealed class ExportMyNeedsDataHandler(NeedsDbContext db, ICurrentUser currentUser) : IQueryHandler<ExportMyNeedsData, ModuleDataExport>
{
    public async ValueTask<ModuleDataExport> Handle(ExportMyNeedsData query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new AccessDeniedException();
        var requests = await db.CareRequests.AsNoTracking().Where(r => r.SeekerUserId == userId).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var accesses = await db.RequestAccesses.AsNoTracking().Where(a => a.UserId == userId || a.InvitedByUserId == userId).OrderBy(a => a.InvitedAt).ToListAsync(cancellationToken);
        var activities = await db.RequestActivities.AsNoTracking().Where(a => a.ActorUserId == userId).OrderBy(a => a.At).ToListAsync(cancellationToken);
        return new ModuleDataExport("Needs", [.. PersonalDataRows.Of(db, requests), .. PersonalDataRows.Of(db, accesses, nameof(RequestAccess.TokenHash)), .. PersonalDataRows.Of(db, activities)]);
    }
}
