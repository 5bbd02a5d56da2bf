using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Uploads;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Providers.Credentials;

/// <summary>
/// Stores a credential's evidence and details; it then waits for an admin. Replacing a verified
/// credential takes the carer out of the bookable list until the new one is verified.
/// </summary>
internal sealed class SubmitMyCredentialHandler(ProvidersDbContext db, ICurrentUser currentUser, IClock clock, IUploadStore store)
    : ICommandHandler<SubmitMyCredential>
{
    public async ValueTask<Unit> Handle(SubmitMyCredential command, CancellationToken cancellationToken)
    {
        var profile = await MyProfile.LoadAsync(db, currentUser, cancellationToken);

        // Both checks run before either complains, so the person sees every problem at once.
        var errors = new Dictionary<string, string[]>();
        CredentialFacts? facts = null;
        InspectedUpload? upload = null;
        try
        {
            facts = CredentialFactsReader.Read(command, clock.Today());
        }
        catch (InputValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors) errors[field] = messages;
        }
        try
        {
            upload = await UploadInspector.InspectAsync(
                command.Evidence, command.EvidenceLength, UploadKind.Documents, nameof(command.Evidence), "a file of your evidence", cancellationToken);
        }
        catch (InputValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors) errors[field] = messages;
        }
        if (facts is null || upload is null) throw new InputValidationException(errors);

        // The bytes are stored before the row that points at them is saved: a failed save leaves
        // an unreferenced file (harmless), never a row pointing at nothing.
        var key = await store.SaveAsync(upload.Content, upload.Kind.Extension, cancellationToken);
        var file = UploadedFile.Record(profile.Id, key, upload.Kind, $"evidence-{command.Kind}".ToLowerInvariant(), upload.Content.Length, clock.UtcNow);
        db.UploadedFiles.Add(file);

        var isNew = profile.CredentialOf(command.Kind) is null;
        var credential = profile.SubmitCredential(command.Kind, facts, file.Id, clock.UtcNow);
        if (isNew) db.Credentials.Add(credential);
        CarerEventFactory.ReassessVerification(db, profile, clock, CarerProfileStatus.Draft,
            $"{CredentialExpiry.Describe(command.Kind)} was replaced and waits for verification");
        return Unit.Value;
    }
}
