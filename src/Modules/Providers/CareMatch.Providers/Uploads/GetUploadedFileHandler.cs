using CareMatch.SharedKernel.Audit;
using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Uploads;

/// <summary>
/// An upload for its owner or an admin. Anyone else, a carer guessing another carer's file
/// included, is told it does not exist, so ids reveal nothing.
/// </summary>
internal sealed class GetUploadedFileHandler(ProvidersDbContext db, ICurrentUser currentUser, IUploadStore store, IAuditTrail audit)
    : IQueryHandler<GetUploadedFile, UploadedFileDownload>
{
    public async ValueTask<UploadedFileDownload> Handle(GetUploadedFile query, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId) throw new NotFoundException();
        var file = await db.UploadedFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == query.FileId, cancellationToken)
            ?? throw new NotFoundException();
        var ownerId = await db.CarerProfiles.Where(p => p.Id == file.ProfileId).Select(p => p.UserId).SingleOrDefaultAsync(cancellationToken);
        var isOwner = currentUser.IsInRole(AccountRoles.Carer) && ownerId == userId;
        if (!isOwner && !currentUser.IsInRole(AccountRoles.Admin)) throw new NotFoundException();

        var content = await store.OpenAsync(file.StorageKey, cancellationToken) ?? throw new NotFoundException();
        // Carers' documents hold personal details: admins' reading of them is on the record.
        if (!isOwner) await audit.RecordAsync(AuditAction.FileDownloadedByAdmin, ownerId, file.DownloadName, cancellationToken);
        return new UploadedFileDownload(file.DownloadName, file.ContentType, content);
    }
}
