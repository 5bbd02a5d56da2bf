using CareMatch.Bookings.Contracts;
using Mediator;

namespace CareMatch.Bookings.Visits;

/// <summary>
/// TEMPORARY. The mediator's generator treats an event nobody handles as a build error
/// (MSG0005). <see cref="VisitApproved"/> is for Payments, which captures the visit's payment
/// when it is approved and is not built yet. Delete this when Payments consumes it.
/// </summary>
internal sealed class NoConsumerYet : INotificationHandler<VisitApproved>
{
    public ValueTask Handle(VisitApproved notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
