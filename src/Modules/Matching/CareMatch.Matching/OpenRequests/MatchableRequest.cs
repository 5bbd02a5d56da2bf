using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Needs.Contracts;

namespace CareMatch.Matching.OpenRequests;

/// <summary>An open request ready to rank: its public facts and the engine's view of it, widened if the seeker chose to.</summary>
internal sealed record MatchableRequest(Guid RequestId, CareRequestFacts Facts, MatchRequest Request);
