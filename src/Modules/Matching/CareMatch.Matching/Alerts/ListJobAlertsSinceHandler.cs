using CareMatch.Matching.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Alerts;

/// <summary>No caller check: modules only (the access rule says so), never a page. Closed requests drop out, as on the alerts page.</summary>
internal sealed class ListJobAlertsSinceHandler(IModuleSender sender, MatchingDbContext db) : IQueryHandler<ListJobAlertsSince, IReadOnlyList<CarerJobAlert>>
{
    public async ValueTask<IReadOnlyList<CarerJobAlert>> Handle(ListJobAlertsSince query, CancellationToken cancellationToken)
    {
        var sent = await db.JobAlerts.AsNoTracking().Where(a => a.SentAt >= query.Since).ToListAsync(cancellationToken);
        if (sent.Count == 0) return [];
        var open = (await sender.Send(new ListOpenCareRequestsForMatching([.. sent.Select(a => a.RequestId).Distinct()]), cancellationToken))
            .ToDictionary(r => r.RequestId, r => r.Facts);
        return sent
            .Where(a => open.ContainsKey(a.RequestId))
            .OrderBy(a => a.SentAt).ThenBy(a => a.RequestId)
            .Select(a => new CarerJobAlert(a.CarerProfileId, JobAlertView.Of(a, open[a.RequestId])))
            .ToList();
    }
}
