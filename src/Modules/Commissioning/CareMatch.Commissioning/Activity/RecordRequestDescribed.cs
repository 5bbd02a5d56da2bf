using CareMatch.Commissioning.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>
/// A request opened (counted as posted when it happened) or edited (its district, kinds of care,
/// age band and funding as they now are); an edit that arrives first opens the fact. Idempotent.
/// </summary>
internal sealed class RecordRequestDescribed(CommissioningDbContext db, IClock clock)
    : INotificationHandler<CareRequestOpened>, INotificationHandler<CareRequestChanged>
{
    public ValueTask Handle(CareRequestOpened notification, CancellationToken cancellationToken) =>
        RecordAsync(notification, notification.RequestId, notification.Facts, cancellationToken);

    public ValueTask Handle(CareRequestChanged notification, CancellationToken cancellationToken) =>
        RecordAsync(notification, notification.RequestId, notification.Facts, cancellationToken);

    private async ValueTask RecordAsync(IntegrationEvent notification, Guid requestId, CareRequestFacts facts, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(RecordRequestDescribed), clock, async ct =>
        {
            var known = await db.RequestFacts.SingleOrDefaultAsync(f => f.RequestId == requestId, ct);
            if (known is null) db.RequestFacts.Add(RequestFact.Posted(requestId, facts, notification.OccurredAt));
            else if (notification is CareRequestChanged) known.Describe(facts);
        }, cancellationToken);
}
