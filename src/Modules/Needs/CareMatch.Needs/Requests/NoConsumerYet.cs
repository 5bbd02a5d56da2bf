using CareMatch.Needs.Contracts;
using Mediator;

namespace CareMatch.Needs.Requests;

/// <summary>
/// TEMPORARY. The mediator's generator treats an event nobody handles as a build error
/// (MSG0005), and Matching and Commissioning do not consume Needs' events yet. Delete this
/// when the first real consumer lands, or when the host stops treating MSG0005 as an error.
/// </summary>
internal sealed class NoConsumerYet :
    INotificationHandler<CareRequestOpened>,
    INotificationHandler<CareRequestChanged>,
    INotificationHandler<CareRequestClosed>
{
    public ValueTask Handle(CareRequestOpened notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask Handle(CareRequestChanged notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask Handle(CareRequestClosed notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
