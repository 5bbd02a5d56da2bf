using CareMatch.Matching.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Authorization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Weights;

internal sealed class ResetCouncilMatchWeightsHandler(IModuleSender sender, MatchingDbContext db)
    : ICommandHandler<ResetCouncilMatchWeights>
{
    public async ValueTask<Unit> Handle(ResetCouncilMatchWeights command, CancellationToken cancellationToken)
    {
        await CouncilWeightsRules.RequireCouncilAsync(sender, command.CouncilId, cancellationToken);
        if (await db.CouncilWeights.SingleOrDefaultAsync(w => w.CouncilId == command.CouncilId, cancellationToken) is { } saved)
        {
            db.CouncilWeights.Remove(saved);
        }

        return Unit.Value;
    }
}
