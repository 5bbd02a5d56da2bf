using CareMatch.Commissioning.Contracts;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Scores;
using CareMatch.SharedKernel.Authorization;

namespace CareMatch.Matching.Weights;

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
