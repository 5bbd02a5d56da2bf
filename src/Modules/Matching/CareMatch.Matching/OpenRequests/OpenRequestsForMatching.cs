using CareMatch.Matching.Persistence;
using CareMatch.Matching.Shortlists;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.OpenRequests;

/// <summary>Every open request from Needs, with Matching's own knowledge of which the seeker has widened.</summary>
internal sealed class OpenRequestsForMatching(IModuleSender sender, MatchingDbContext db)
{
    public async Task<IReadOnlyList<MatchableRequest>> LoadAsync(CancellationToken cancellationToken)
    {
        var open = await sender.Send(new ListOpenCareRequestsForMatching(), cancellationToken);
        var widened = (await db.TrackedRequests.AsNoTracking().Where(t => t.WidenedAt != null).Select(t => t.RequestId).ToListAsync(cancellationToken)).ToHashSet();
        return open.Select(r => Of(r.RequestId, r.Facts, widened.Contains(r.RequestId))).ToList();
    }

    public static MatchableRequest Of(Guid requestId, CareRequestFacts facts, bool widened) =>
        new(requestId, facts, MatchRequests.Of(facts) with { IncludeNearMisses = widened });
}
