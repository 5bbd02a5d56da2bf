using CareMatch.Matching.Engine.Filters;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// What the hard filters did to the neighbourhood of a request. <see cref="Nearby"/> counts
/// carers whose travel radius reaches the request or falls short by at most <see cref="TravelRadiusFilter.NearMissKm"/>; each removed
/// carer is counted once, under the first filter they fail, so the counts add up.
/// </summary>
public sealed record FilterSummary(int Nearby, int Eligible, IReadOnlyList<FilterRemoval> Removed, string Text);
