using CareMatch.Matching.Alerts;
using CareMatch.Matching.OpenRequests;
using CareMatch.Matching.Persistence;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Matching.CarerIndexing;

/// <summary>
/// A carer was verified, changed their profile, was suspended or was deleted. This node's index re-reads
/// the carer (the latest state, whatever order events arrive in); a <see cref="CarerChange"/>
/// row tells every other node to do the same; and the open requests are re-matched, so a
/// carer who joins or improves is told of requests they now rank among the best for.
/// </summary>
internal sealed class RefreshCarerOnProviderEvents(
    CarerIndexHolder holder, IModuleSender sender, MatchingDbContext db, OpenRequestsForMatching openRequests, BestCarerAlerts alerts, IClock clock) :
    INotificationHandler<CarerVerified>,
    INotificationHandler<CarerProfileChanged>,
    INotificationHandler<CarerSuspended>,
    INotificationHandler<CarerProfileDeleted>
{
    public async ValueTask Handle(CarerVerified notification, CancellationToken cancellationToken) =>
        await RefreshAsync(notification, notification.ProfileId, rematch: true, cancellationToken);

    public async ValueTask Handle(CarerProfileChanged notification, CancellationToken cancellationToken) =>
        await RefreshAsync(notification, notification.ProfileId, rematch: notification.Bookable, cancellationToken);

    public async ValueTask Handle(CarerSuspended notification, CancellationToken cancellationToken) =>
        await RefreshAsync(notification, notification.ProfileId, rematch: false, cancellationToken);

    public async ValueTask Handle(CarerProfileDeleted notification, CancellationToken cancellationToken) =>
        await RefreshAsync(notification, notification.ProfileId, rematch: false, cancellationToken);

    private async Task RefreshAsync(IntegrationEvent notification, Guid profileId, bool rematch, CancellationToken cancellationToken)
    {
        await holder.RefreshCarerAsync(sender, profileId, cancellationToken);
        await db.HandleOnceAsync(notification, $"{nameof(RefreshCarerOnProviderEvents)}.{notification.GetType().Name}", clock, async ct =>
        {
            db.CarerChanges.Add(new CarerChange(profileId, clock.UtcNow));
            if (rematch) await alerts.SendAsync(await openRequests.LoadAsync(ct), ct);
        }, cancellationToken);
    }
}
