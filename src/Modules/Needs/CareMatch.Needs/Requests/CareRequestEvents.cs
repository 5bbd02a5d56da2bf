using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Outbox;

namespace CareMatch.Needs.Requests;

/// <summary>
/// Writes a request's integration events into the Needs outbox, to be saved with the change.
/// Other modules only ever heard of requests that were opened, so drafts tell nobody anything.
/// </summary>
internal static class CareRequestEvents
{
    public static void Opened(this NeedsDbContext db, CareRequest request, DateTimeOffset now) =>
        db.AddIntegrationEvent(new CareRequestOpened(request.Id, request.Facts()) { OccurredAt = now });

    public static void Changed(this NeedsDbContext db, CareRequest request, DateTimeOffset now)
    {
        if (request.Status != CareRequestStatus.Open) return;
        db.AddIntegrationEvent(new CareRequestChanged(request.Id, request.Facts()) { OccurredAt = now });
    }

    public static void Ended(this NeedsDbContext db, CareRequest request, bool wasEverOpen, DateTimeOffset now)
    {
        if (!wasEverOpen) return;
        db.AddIntegrationEvent(new CareRequestClosed(request.Id, request.Status) { OccurredAt = now });
    }
}
