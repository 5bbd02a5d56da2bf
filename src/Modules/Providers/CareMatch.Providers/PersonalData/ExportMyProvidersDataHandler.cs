using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Uploads;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.PersonalData;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.PersonalData;

/// <summary>
/// The signed-in person's carer profile (with its weekly slots and time off), their checks and
/// the records of their uploads. The store's generated file name is left out: it is ours, not theirs.
/// </summary>
internal sealed class ExportMyProvidersDataHandler(ProvidersDbContext db, ICurrentUser currentUser) : IQueryHandler<ExportMyProvidersData, ModuleDataExport>
{
    public async ValueTask<ModuleDataExport> Handle(ExportMyProvidersData query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new AccessDeniedException();
        var profiles = await db.CarerProfiles.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken);
        var ids = profiles.Select(p => p.Id).ToList();
        var credentials = await db.Credentials.AsNoTracking().Where(c => ids.Contains(c.ProfileId)).ToListAsync(cancellationToken);
        var files = await db.UploadedFiles.AsNoTracking().Where(f => ids.Contains(f.ProfileId)).ToListAsync(cancellationToken);
        return new ModuleDataExport("Providers",
        [
            .. PersonalDataRows.Of(db, profiles),
            .. PersonalDataRows.Of(db, credentials),
            .. PersonalDataRows.Of(db, files, nameof(UploadedFile.StorageKey)),
        ]);
    }
}
