namespace CareMatch.Matching.Engine.Ranking;

/// <summary>One open request ranked for a carer ("jobs for you"), by the same rules.</summary>
public sealed record RankedRequest(int Rank, Guid RequestId, double Score, double DistanceKm, IReadOnlyList<FactorContribution> Factors);
