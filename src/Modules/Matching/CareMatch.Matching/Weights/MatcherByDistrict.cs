using CareMatch.Matching.Engine.Ranking;

namespace CareMatch.Matching.Weights;

/// <summary>The matcher for each postcode district, decided once per operation.</summary>
internal sealed class MatcherByDistrict(CarerMatcher configured, IReadOnlyDictionary<string, Guid> councilOfDistrict, IReadOnlyDictionary<Guid, CarerMatcher> councilMatchers)
{
    public CarerMatcher For(string district) =>
        councilOfDistrict.TryGetValue(district, out var councilId) && councilMatchers.TryGetValue(councilId, out var matcher) ? matcher : configured;

    /// <summary>A sector ("LS6 2") is in the district before its space ("LS6").</summary>
    public CarerMatcher ForSector(string sector) => For(sector.Split(' ')[0]);
}
