using CareMatch.Matching.Alerts;
using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Persistence;
using CareMatch.Matching.Weights;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Matching.OpenRequests;

/// <summary>
/// Hourly: re-matches every open request and tells carers who have newly risen into its top;
/// tells other modules when what stands between a request and a carer changes; offers a wider search to seekers whose request has gone unmatched for <see cref="TrackedRequest.UnmatchedBeforeWidening"/> when that would
/// add carers; and forgets carer-change rows every node has long since read.
/// </summary>
/// <remarks>
/// Also brings Matching's tracked requests back in line with Needs' open list, so a missed or
/// parked event cannot leave a request tracked forever or never offered a wider search.
/// </remarks>
internal sealed class RematchOpenRequestsTask(
    IModuleSender sender,
    MatchingDbContext db,
    OpenRequestsForMatching openRequests,
    BestCarerAlerts alerts,
    CarerIndexHolder holder,
    CouncilMatchers councilMatchers,
    IClock clock,
    ILogger<RematchOpenRequestsTask> logger) : IScheduledTask
{
    public const string JobId = "matching-rematch-open-requests";

    private static readonly TimeSpan KeepCarerChanges = TimeSpan.FromDays(1);

    public string Id => JobId;

    public string Cron => "0 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var open = await openRequests.LoadAsync(cancellationToken);
        var tracked = await SyncTrackedAsync(open, now, cancellationToken);
        var offered = await OfferWideningAsync(open, tracked, now, cancellationToken);
        // One ranking of every open request serves both the alerts and what stands in each one's way.
        var ranked = await alerts.RankAsync(open, cancellationToken);
        var told = ranked.Count(r => OpenRequestObstacles.PublishIfChanged(db, tracked[r.RequestId], OpenRequestObstacles.Of(r.RequestId, r.Result), now));
        var sent = await alerts.SendAsync(ranked, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.CarerChanges.Where(c => c.ChangedAt < now - KeepCarerChanges).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Re-matched {Requests} open requests: {Alerts} new job alerts, {Offers} wider searches offered, {Told} changes in what stands in their way", open.Count, sent, offered, told);
    }

    private async Task<Dictionary<Guid, TrackedRequest>> SyncTrackedAsync(IReadOnlyList<MatchableRequest> open, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tracked = await db.TrackedRequests.ToDictionaryAsync(t => t.RequestId, cancellationToken);
        var openIds = open.Select(r => r.RequestId).ToHashSet();
        foreach (var gone in tracked.Values.Where(t => !openIds.Contains(t.RequestId)).ToList())
        {
            db.TrackedRequests.Remove(gone);
            tracked.Remove(gone.RequestId);
        }

        foreach (var request in open.Where(r => !tracked.ContainsKey(r.RequestId)))
        {
            var added = new TrackedRequest(request.RequestId, request.Facts.SeekerUserId, request.Facts.Sector, now);
            db.TrackedRequests.Add(added);
            tracked.Add(added.RequestId, added);
        }

        return tracked;
    }

    /// <summary>Only where carers just beyond their usual distance would qualify: an offer that adds nobody would only disappoint.</summary>
    private async Task<int> OfferWideningAsync(IReadOnlyList<MatchableRequest> open, Dictionary<Guid, TrackedRequest> tracked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = open.Where(r => tracked[r.RequestId].IsDueWideningOffer(now)).ToList();
        if (due.Count == 0) return 0;
        var matchers = await councilMatchers.LoadAsync(cancellationToken);
        var today = clock.Today();
        var worthWidening = await holder.ReadAsync(sender, (index, _) => due
            .Where(r => matchers.For(r.Facts.District).Rank(index, r.Request, today).Suggestions.Any(s => s.Relaxes == HardFilter.TravelRadius))
            .ToList(), cancellationToken);
        foreach (var request in worthWidening) tracked[request.RequestId].OfferWidening(now);
        return worthWidening.Count;
    }
}
