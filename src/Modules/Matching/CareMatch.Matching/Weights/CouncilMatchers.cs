using CareMatch.Commissioning.Contracts;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Weights;

/// <summary>
/// Which matcher ranks a request: its council's override of the weights when an admin has set
/// one, else the configured weights. Read from the database per operation, so every node uses
/// an admin's change at once; both reads are small (councils' districts, a row per override).
/// </summary>
internal sealed class CouncilMatchers(IModuleSender sender, MatchingDbContext db, CarerMatcher configured)
{
    public async Task<MatcherByDistrict> LoadAsync(CancellationToken cancellationToken)
    {
        var overrides = await db.CouncilWeights.AsNoTracking().ToListAsync(cancellationToken);
        if (overrides.Count == 0) return new MatcherByDistrict(configured, new Dictionary<string, Guid>(), new Dictionary<Guid, CarerMatcher>());
        var districts = await sender.Send(new ListCouncilDistricts(), cancellationToken);
        var matchers = overrides.ToDictionary(o => o.CouncilId, o => new CarerMatcher(o.ToWeights()));
        return new MatcherByDistrict(configured, districts, matchers);
    }
}
