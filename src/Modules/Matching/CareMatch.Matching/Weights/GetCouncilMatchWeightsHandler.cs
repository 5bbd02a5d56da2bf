using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Authorization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Weights;

internal sealed class GetCouncilMatchWeightsHandler(IModuleSender sender, MatchingDbContext db, CarerMatcher configured)
    : IQueryHandler<GetCouncilMatchWeights, CouncilMatchWeights>
{
    public async ValueTask<CouncilMatchWeights> Handle(GetCouncilMatchWeights query, CancellationToken cancellationToken)
    {
        var council = await CouncilWeightsRules.RequireCouncilAsync(sender, query.CouncilId, cancellationToken);
        var saved = await db.CouncilWeights.AsNoTracking().SingleOrDefaultAsync(w => w.CouncilId == query.CouncilId, cancellationToken);
        var defaults = CouncilWeightsRules.ValuesOf(configured.Weights);
        return new CouncilMatchWeights(query.CouncilId, council.Name, saved is not null, saved is null ? defaults : CouncilWeightsRules.ValuesOf(saved.ToWeights()), defaults);
    }
}
