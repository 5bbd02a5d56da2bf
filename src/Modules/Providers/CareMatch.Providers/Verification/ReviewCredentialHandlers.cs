using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Credentials;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Verification;

/// <summary>
/// An admin's decision on one credential. The last verification makes the carer Verified
/// (CarerVerified); a rejection of a verified carer's credential suspends them (CarerSuspended).
/// </summary>
internal sealed class ReviewCredentialHandlers(ProvidersDbContext db, IClock clock, IAuditTrail audit) :
    ICommandHandler<VerifyCredential>,
    ICommandHandler<RejectCredential>
{
    public async ValueTask<Unit> Handle(VerifyCredential command, CancellationToken cancellationToken)
    {
        var (profile, credential) = await LoadAsync(command.ProfileId, command.CredentialId, cancellationToken);
        credential.Verify(clock.UtcNow);
        Reassess(profile, credential);
        await audit.RecordAsync(AuditAction.CredentialVerified, profile.UserId, CredentialNames.Of(credential.Kind), cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RejectCredential command, CancellationToken cancellationToken)
    {
        var (profile, credential) = await LoadAsync(command.ProfileId, command.CredentialId, cancellationToken);
        credential.Reject(command.Reason!.Trim(), clock.UtcNow);
        Reassess(profile, credential);
        await audit.RecordAsync(AuditAction.CredentialRejected, profile.UserId,
            $"{CredentialNames.Of(credential.Kind)}: {command.Reason.Trim()}", cancellationToken);
        return Unit.Value;
    }

    private void Reassess(CarerProfile profile, Credential credential)
    {
        if (CarerEventFactory.ReassessVerification(db, profile, clock, CarerProfileStatus.Draft,
                $"{CredentialNames.Of(credential.Kind)} was rejected"))
        {
            CarerEventFactory.ProfileChanged(db, profile, clock);
        }
    }

    private async Task<(CarerProfile Profile, Credential Credential)> LoadAsync(Guid profileId, Guid credentialId, CancellationToken cancellationToken)
    {
        var profile = await db.CarerProfiles.Include(p => p.Credentials).SingleOrDefaultAsync(p => p.Id == profileId, cancellationToken)
            ?? throw new NotFoundException();
        var credential = profile.Credentials.SingleOrDefault(c => c.Id == credentialId) ?? throw new NotFoundException();
        return (profile, credential);
    }
}
