using CareMatch.Matching.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Weights;

/// <summary>Saves a council's weights; <see cref="SetCouncilMatchWeightsValidator"/> has already checked every field.</summary>
internal sealed class SetCouncilMatchWeightsHandler(IModuleSender sender, MatchingDbContext db, IClock clock)
    : ICommandHandler<SetCouncilMatchWeights>
{
    public async ValueTask<Unit> Handle(SetCouncilMatchWeights command, CancellationToken cancellationToken)
    {
        await CouncilWeightsRules.RequireCouncilAsync(sender, command.CouncilId, cancellationToken);
        var weights = CouncilWeightsRules.WeightsOf(command).EnsureValid();
        var saved = await db.CouncilWeights.SingleOrDefaultAsync(w => w.CouncilId == command.CouncilId, cancellationToken);
        if (saved is null)
        {
            saved = CouncilWeightsOverride.For(command.CouncilId);
            db.CouncilWeights.Add(saved);
        }

        saved.Set(weights, clock.UtcNow);
        return Unit.Value;
    }
}
