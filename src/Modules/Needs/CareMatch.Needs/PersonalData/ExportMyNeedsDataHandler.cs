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
        return new ModuleDataExport("Needs", PersonalDataRows.Of(db, requests));
    }
}
