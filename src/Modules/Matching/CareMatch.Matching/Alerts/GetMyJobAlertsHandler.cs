using CareMatch.Matching.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Alerts;

/// <summary>The signed-in carer's alerts, newest first, for requests that are still open; public facts only.</summary>
internal sealed class GetMyJobAlertsHandler(IModuleSender sender, MatchingDbContext db) : IQueryHandler<GetMyJobAlerts, MyJobAlerts>
{
    public async ValueTask<MyJobAlerts> Handle(GetMyJobAlerts query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetMyCarerProfile(), cancellationToken) is not { } profile) return new MyJobAlerts([]);
        var sent = await db.JobAlerts.AsNoTracking().Where(a => a.CarerProfileId == profile.ProfileId).ToListAsync(cancellationToken);
        if (sent.Count == 0) return new MyJobAlerts([]);
        var alerted = sent.Select(a => a.RequestId).Distinct().ToList();
        var open = (await sender.Send(new ListOpenCareRequestsForMatching(alerted), cancellationToken)).ToDictionary(r => r.RequestId, r => r.Facts);
        return new MyJobAlerts(sent
            .Where(a => open.ContainsKey(a.RequestId))
            .OrderByDescending(a => a.SentAt).ThenBy(a => a.RequestId)
            .Select(a => JobAlertView.Of(a, open[a.RequestId]))
            .ToList());
    }
}
