using CareMatch.Providers.Contracts;
using Mediator;

namespace CareMatch.Providers.Common;

/// <summary>
/// TEMPORARY. The mediator's generator treats an event nobody handles as a build error
/// (MSG0005), and Matching does not consume Providers' events yet. Delete this when the first
/// real consumer lands, or when the host stops treating MSG0005 as an error.
/// </summary>
internal sealed class NoConsumerYet :
    INotificationHandler<CarerProfileChanged>,
    INotificationHandler<CarerVerified>,
    INotificationHandler<CarerSuspended>
{
    public ValueTask Handle(CarerProfileChanged notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask Handle(CarerVerified notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask Handle(CarerSuspended notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
