namespace CareMatch.Matching.Engine.Ranking;

/// <summary>One carer on the shortlist, best first (rank 1), with each factor's share of the score.</summary>
public sealed record RankedCarer(int Rank, Guid CarerId, double Score, double DistanceKm, IReadOnlyList<FactorContribution> Factors);
