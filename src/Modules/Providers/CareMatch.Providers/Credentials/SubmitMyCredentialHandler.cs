using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Uploads;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Providers.Credentials;

/// <summary>
/// Stores a credential's evidence and details; it then waits for an admin. Replacing a verified
/// credential takes the carer out of the bookable list until the new one is verified.
/// <see cref="SubmitMyCredentialValidator"/> has checked the details and the evidence.
/// </summary>
internal sealed class SubmitMyCredentialHandler(ProvidersDbContext db, ICurrentUser currentUser, IClock clock, IUploadStore store)
    : ICommandHandler<SubmitMyCredential>
{
    public const string EvidenceWhat = "a file of your evidence";

    public async ValueTask<Unit> Handle(SubmitMyCredential command, CancellationToken cancellationToken)
    {
        var profile = await MyProfile.LoadAsync(db, currentUser, cancellationToken);
        var facts = CredentialFactsReader.Read(command);
        var upload = await UploadInspector.InspectAsync(
            command.Evidence, command.EvidenceLength, UploadKind.Documents, nameof(command.Evidence), EvidenceWhat, cancellationToken);

        // The bytes are stored before the row that points at them is saved: a failed save leaves
        // an unreferenced file (harmless), never a row pointing at nothing.
        var key = await store.SaveAsync(upload.Content, upload.Kind.Extension, cancellationToken);
        var file = UploadedFile.Record(profile.Id, key, upload.Kind, $"evidence-{command.Kind}".ToLowerInvariant(), upload.Content.Length, clock.UtcNow);
        db.UploadedFiles.Add(file);

        var isNew = profile.CredentialOf(command.Kind) is null;
        var credential = profile.SubmitCredential(command.Kind, facts, file.Id, clock.UtcNow);
        if (isNew) db.Credentials.Add(credential);
        CarerEventFactory.ReassessVerification(db, profile, clock, CarerProfileStatus.Draft,
            $"{CredentialNames.Of(command.Kind)} was replaced and waits for verification");
        return Unit.Value;
    }
}
