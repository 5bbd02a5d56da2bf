using CareMatch.Commissioning.Persistence;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>
/// A carer's profile is deleted: their visits stay in the figures (they were given), under a new
/// random id that joins to nothing, so continuity still counts them as one carer and nobody can
/// link them back. They are no longer part of the workforce, so their own fact goes. Idempotent.
/// </summary>
internal sealed class ForgetDeletedCarerInFacts(CommissioningDbContext db, IClock clock) : INotificationHandler<CarerProfileDeleted>
{
    public async ValueTask Handle(CarerProfileDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(ForgetDeletedCarerInFacts), clock, async ct =>
        {
            var stranger = Guid.NewGuid();
            await db.VisitFacts.Where(v => v.CarerProfileId == notification.ProfileId)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.CarerProfileId, stranger), ct);
            await db.CarerFacts.Where(c => c.CarerProfileId == notification.ProfileId).ExecuteDeleteAsync(ct);
        }, cancellationToken);
}
