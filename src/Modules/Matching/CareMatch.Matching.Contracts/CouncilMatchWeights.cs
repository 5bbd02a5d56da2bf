namespace CareMatch.Matching.Contracts;

public sealed record CouncilMatchWeights(Guid CouncilId, string CouncilName, bool Overridden, MatchWeightValues Weights, MatchWeightValues Defaults);
