using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Uploads;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Profiles;

/// <summary>
/// Keeps carer profiles in step with their accounts: a suspended account's profile is hidden,
/// a restored one shown again, a deleted one removed with its checks, availability, uploaded
/// files and the delivered messages that named the carer; others hear of it (CarerSuspended,
/// CarerProfileChanged, CarerProfileDeleted). Each delivery is handled once.
/// </summary>
internal sealed class FollowCarerAccountChanges(ProvidersDbContext db, IUploadStore store, IClock clock) :
    INotificationHandler<AccountSuspended>,
    INotificationHandler<AccountRestored>,
    INotificationHandler<AccountDeleted>
{
    public ValueTask Handle(AccountSuspended notification, CancellationToken cancellationToken) =>
        Apply(notification, notification.UserId, profile =>
        {
            profile.MarkAccountSuspended(true);
            db.AddIntegrationEvent(new CarerSuspended(profile.Id, "The carer's account was suspended") { OccurredAt = clock.UtcNow });
            CarerEventFactory.ProfileChanged(db, profile, clock);
        }, cancellationToken);

    public ValueTask Handle(AccountRestored notification, CancellationToken cancellationToken) =>
        Apply(notification, notification.UserId, profile =>
        {
            profile.MarkAccountSuspended(false);
            CarerEventFactory.ProfileChanged(db, profile, clock);
        }, cancellationToken);

    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(FollowCarerAccountChanges)}.{nameof(AccountDeleted)}", clock, async ct =>
        {
            var profile = await db.CarerProfiles.Include(p => p.Credentials).SingleOrDefaultAsync(p => p.UserId == notification.UserId, ct);
            if (profile is null) return;
            var files = await db.UploadedFiles.Where(f => f.ProfileId == profile.Id).ToListAsync(ct);
            foreach (var file in files) await store.DeleteAsync(file.StorageKey, ct);
            db.UploadedFiles.RemoveRange(files);
            db.CarerProfiles.Remove(profile);
            await db.ForgetDeliveredMessagesAboutAsync([notification.UserId, profile.Id.ToString(), profile.Email], except: null, ct);
            // Matching drops the carer from its index on this; every module forgets their rows.
            db.AddIntegrationEvent(new CarerProfileDeleted(profile.Id) { OccurredAt = clock.UtcNow });
        }, cancellationToken);

    private async ValueTask Apply(
        SharedKernel.Events.IntegrationEvent notification, string userId, Action<CarerProfile> change, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(FollowCarerAccountChanges)}.{notification.GetType().Name}", clock, async ct =>
        {
            var profile = await db.CarerProfiles.Include(p => p.Credentials).SingleOrDefaultAsync(p => p.UserId == userId, ct);
            if (profile is not null) change(profile);
        }, cancellationToken);
}
