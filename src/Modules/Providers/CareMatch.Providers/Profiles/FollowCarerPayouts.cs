using CareMatch.Payments.Contracts;
using CareMatch.Providers.Common;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Profiles;

/// <summary>
/// Payments says whether Stripe can pay a carer; a carer who cannot be paid is not bookable, so the
/// profile's bookability (and Matching's index, through CarerProfileChanged) follows. Handled once per delivery.
/// </summary>
internal sealed class FollowCarerPayouts(ProvidersDbContext db, IClock clock) : INotificationHandler<CarerPayoutsChanged>
{
    public async ValueTask Handle(CarerPayoutsChanged notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(FollowCarerPayouts), clock, async ct =>
        {
            var profile = await db.CarerProfiles.Include(p => p.Credentials).SingleOrDefaultAsync(p => p.Id == notification.CarerProfileId, ct);
            if (profile is null || profile.PayoutsEnabled == notification.PayoutsEnabled) return;
            profile.MarkPayoutsEnabled(notification.PayoutsEnabled);
            CarerEventFactory.ProfileChanged(db, profile, clock);
        }, cancellationToken);
}
