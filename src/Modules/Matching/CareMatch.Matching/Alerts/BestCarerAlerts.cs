using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.OpenRequests;
using CareMatch.Matching.Persistence;
using CareMatch.Matching.Weights;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Alerts;

/// <summary>
/// Tells the best-ranked carers for each request that it fits them: the top
/// <see cref="CarersPerRequest"/> on the request's own shortlist, each at most once per
/// request. Re-running it (on a change, or hourly) tells only carers who have newly risen
/// into the top. Adds alerts to the context; the caller saves them with its own work.
/// </summary>
internal sealed class BestCarerAlerts(IModuleSender sender, MatchingDbContext db, CarerIndexHolder holder, CouncilMatchers councilMatchers, IClock clock)
{
    public const int CarersPerRequest = 5;

    public async Task<int> SendAsync(IReadOnlyCollection<MatchableRequest> requests, CancellationToken cancellationToken) =>
        await SendAsync(await RankAsync(requests, cancellationToken), cancellationToken);

    /// <summary>Each request ranked for its top <see cref="CarersPerRequest"/>; the engine's filter summary comes with it, for a caller that wants that too.</summary>
    public async Task<IReadOnlyList<(Guid RequestId, MatchResult Result)>> RankAsync(IReadOnlyCollection<MatchableRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Count == 0) return [];
        var matchers = await councilMatchers.LoadAsync(cancellationToken);
        var today = clock.Today();
        return await holder.ReadAsync(sender, (index, _) => requests
            .Select(r => (r.RequestId, matchers.For(r.Facts.District).Rank(index, r.Request, today, CarersPerRequest)))
            .ToList(), cancellationToken);
    }

    /// <summary>Alerts the best carers of requests already ranked (by <see cref="RankAsync"/>).</summary>
    public async Task<int> SendAsync(IReadOnlyList<(Guid RequestId, MatchResult Result)> ranked, CancellationToken cancellationToken)
    {
        if (ranked.Count == 0) return 0;
        var best = ranked.SelectMany(r => r.Result.Carers.Select(c => (c.CarerId, r.RequestId, c.Rank))).ToList();
        var requestIds = ranked.Select(r => r.RequestId).ToList();
        var alreadyTold = (await db.JobAlerts.Where(a => requestIds.Contains(a.RequestId))
            .Select(a => new { a.CarerProfileId, a.RequestId }).ToListAsync(cancellationToken))
            .Select(a => (a.CarerProfileId, a.RequestId)).ToHashSet();
        var pending = db.JobAlerts.Local.Select(a => (a.CarerProfileId, a.RequestId)).ToHashSet();
        var now = clock.UtcNow;
        var sent = 0;
        foreach (var (carerId, requestId, rank) in best)
        {
            if (alreadyTold.Contains((carerId, requestId)) || !pending.Add((carerId, requestId))) continue;
            db.JobAlerts.Add(new SentJobAlert(carerId, requestId, rank, now));
            sent++;
        }

        return sent;
    }
}
