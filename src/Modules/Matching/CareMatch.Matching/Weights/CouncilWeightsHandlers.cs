using CareMatch.Commissioning.Contracts;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Scores;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
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

internal static class CouncilWeightsRules
{
    public static async Task<CouncilSummary> RequireCouncilAsync(IModuleSender sender, Guid councilId, CancellationToken cancellationToken) =>
        await sender.Send(new GetCouncil(councilId), cancellationToken) ?? throw new NotFoundException($"No council {councilId}.");

    public static MatchWeightValues ValuesOf(MatchWeights w) =>
        new(w.Continuity, w.Distance, w.Preferences, w.Rating, w.Reliability, w.Price, w.Responsiveness, w.NewCarerBoost);

    /// <summary>Only after validation: every field is then a number.</summary>
    public static MatchWeights WeightsOf(SetCouncilMatchWeights c) => new()
    {
        Continuity = WeightText.Parse(c.Continuity)!.Value,
        Distance = WeightText.Parse(c.Distance)!.Value,
        Preferences = WeightText.Parse(c.Preferences)!.Value,
        Rating = WeightText.Parse(c.Rating)!.Value,
        Reliability = WeightText.Parse(c.Reliability)!.Value,
        Price = WeightText.Parse(c.Price)!.Value,
        Responsiveness = WeightText.Parse(c.Responsiveness)!.Value,
        NewCarerBoost = WeightText.Parse(c.NewCarerBoost)!.Value,
    };
}
