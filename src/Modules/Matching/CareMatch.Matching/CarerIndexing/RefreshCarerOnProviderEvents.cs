using CareMatch.Providers.Contracts;
using Mediator;

namespace CareMatch.Matching.CarerIndexing;

/// <summary>
/// Keeps this node's carer index current as carers are verified, change their profile or are
/// suspended: each re-reads the carer's public profile rather than trusting the event's copy,
/// so a late or repeated event can only write the latest state. Idempotent by construction,
/// which is why no handled-event row is stored (the index lives in memory, per node, anyway).
/// </summary>
internal sealed class RefreshCarerOnProviderEvents(CarerIndexHolder holder, ISender sender) :
    INotificationHandler<CarerVerified>,
    INotificationHandler<CarerProfileChanged>,
    INotificationHandler<CarerSuspended>
{
    public async ValueTask Handle(CarerVerified notification, CancellationToken cancellationToken) =>
        await holder.RefreshCarerAsync(sender, notification.ProfileId, cancellationToken);

    public async ValueTask Handle(CarerProfileChanged notification, CancellationToken cancellationToken) =>
        await holder.RefreshCarerAsync(sender, notification.ProfileId, cancellationToken);

    public async ValueTask Handle(CarerSuspended notification, CancellationToken cancellationToken) =>
        await holder.RefreshCarerAsync(sender, notification.ProfileId, cancellationToken);
}
