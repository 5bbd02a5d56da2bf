using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Providers.Uploads;

/// <summary>Stores the carer's photo (JPEG or PNG by content) under a generated name.</summary>
internal sealed class UploadMyPhotoHandler(ProvidersDbContext db, ICurrentUser currentUser, IClock clock, IUploadStore store)
    : ICommandHandler<UploadMyPhoto>
{
    public async ValueTask<Unit> Handle(UploadMyPhoto command, CancellationToken cancellationToken)
    {
        var profile = await MyProfile.LoadAsync(db, currentUser, cancellationToken);
        var upload = await UploadInspector.InspectAsync(command.Photo, command.Length, UploadKind.Images, nameof(command.Photo), "a photo", cancellationToken);
        var key = await store.SaveAsync(upload.Content, upload.Kind.Extension, cancellationToken);
        var file = UploadedFile.Record(profile.Id, key, upload.Kind, "photo", upload.Content.Length, clock.UtcNow);
        db.UploadedFiles.Add(file);
        profile.ReplacePhoto(file.Id);
        return Unit.Value;
    }
}
