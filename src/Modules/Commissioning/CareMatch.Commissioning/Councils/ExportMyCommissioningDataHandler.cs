using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.PersonalData;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

internal sealed class ExportMyCommissioningDataHandler(CommissioningDbContext db, ICurrentUser currentUser) : IQueryHandler<ExportMyCommissioningData, ModuleDataExport>
{
    public async ValueTask<ModuleDataExport> Handle(ExportMyCommissioningData query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new AccessDeniedException();
        var assignments = await db.CommissionerAssignments.AsNoTracking().Where(a => a.UserId == userId).ToListAsync(cancellationToken);
        return new ModuleDataExport("Commissioning", PersonalDataRows.Of(db, assignments));
    }
}
