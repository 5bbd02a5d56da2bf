namespace CareMatch.Matching.Contracts;

public sealed record CoverCandidate(Guid CarerProfileId, string DisplayName, int Rank);
