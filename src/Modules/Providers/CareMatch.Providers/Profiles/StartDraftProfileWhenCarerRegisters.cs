using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Profiles;

/// <summary>
/// A new carer account gets a draft profile to fill in, with the account's email address (for
/// expiry warnings). Idempotent: a redelivered event adds nothing.
/// </summary>
internal sealed class StartDraftProfileWhenCarerRegisters(ProvidersDbContext db, IClock clock)
    : INotificationHandler<UserRegistered>
{
    public async ValueTask Handle(UserRegistered notification, CancellationToken cancellationToken)
    {
        if (notification.Role != AccountRoles.Carer) return;

        await db.HandleOnceAsync(notification, nameof(StartDraftProfileWhenCarerRegisters), clock, async ct =>
        {
            var existing = await db.CarerProfiles.SingleOrDefaultAsync(p => p.UserId == notification.UserId, ct);
            if (existing is null) db.CarerProfiles.Add(CarerProfile.StartDraft(notification.UserId, notification.Email, clock.UtcNow));
            else existing.RememberEmail(notification.Email);
        }, cancellationToken);
    }
}
