using CareMatch.Matching.Alerts;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.OpenRequests;

/// <summary>
/// The seeker widens their own unmatched request; the carers it adds who rank among the best
/// are told at once. Needs checks ownership (anyone else's request is a 404). Widening twice,
/// or a request that is not open or was never offered it, changes nothing: there is nothing
/// typed to correct, and the page it returns to shows the request's real state.
/// </summary>
internal sealed class WidenMyRequestHandler(IModuleSender sender, MatchingDbContext db, BestCarerAlerts alerts, IClock clock)
    : ICommandHandler<WidenMyRequest>
{
    public async ValueTask<Unit> Handle(WidenMyRequest command, CancellationToken cancellationToken)
    {
        var request = await sender.Send(new GetMyCareRequest(command.RequestId), cancellationToken);
        var tracked = await db.TrackedRequests.SingleOrDefaultAsync(t => t.RequestId == command.RequestId, cancellationToken);
        if (request.Status != CareRequestStatus.Open || tracked?.WideningOfferedAt is null || tracked.Widened) return Unit.Value;
        tracked.Widen(clock.UtcNow);
        var open = await sender.Send(new ListOpenCareRequestsForMatching(), cancellationToken);
        if (open.SingleOrDefault(r => r.RequestId == command.RequestId) is { } facts)
        {
            await alerts.SendAsync([OpenRequestsForMatching.Of(facts.RequestId, facts.Facts, widened: true)], cancellationToken);
        }

        return Unit.Value;
    }
}
