using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Profiles;

/// <summary>
/// Keeps carer profiles in step with their accounts: a suspended account's profile is hidden,
/// a restored one shown again, a deleted one removed; others hear of it (CarerSuspended,
/// CarerProfileChanged). Each delivery is handled once.
/// </summary>
internal sealed class FollowCarerAccountChanges(ProvidersDbContext db, IClock clock) :
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

    public ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        Apply(notification, notification.UserId, profile => db.CarerProfiles.Remove(profile), cancellationToken);

    private async ValueTask Apply(
        SharedKernel.Events.IntegrationEvent notification, string userId, Action<CarerProfile> change, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(FollowCarerAccountChanges)}.{notification.GetType().Name}", clock, async ct =>
        {
            var profile = await db.CarerProfiles.Include(p => p.Credentials).SingleOrDefaultAsync(p => p.UserId == userId, ct);
            if (profile is not null) change(profile);
        }, cancellationToken);
}
