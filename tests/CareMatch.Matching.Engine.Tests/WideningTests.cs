using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>
/// A seeker whose request has gone unmatched may agree to ask carers who live a little beyond
/// their usual travel distance: up to 5 km further, never the whole county.
/// </summary>
public sealed class WideningTests
{
    // Every carer travels 10 km; the request is at the town centre.
    private static readonly CarerSnapshot[] Carers =
    [
        Town.Carer(1, northKm: 6),
        Town.Carer(2, northKm: 13),
        Town.Carer(3, northKm: 16),
    ];

    [Fact]
    public void A_usual_request_reaches_only_carers_whose_radius_covers_it()
    {
        var result = new CarerMatcher().Rank(CarerIndex.Build(Carers), Town.Request(), Town.Today);

        Assert.Equal([Town.Id(1)], result.Carers.Select(c => c.CarerId));
        Assert.Contains(result.Suggestions, s => s.Relaxes == HardFilter.TravelRadius && s.AdditionalCarers == 1);
    }

    [Fact]
    public void A_widened_request_also_reaches_carers_up_to_5_km_beyond_their_radius_ranked_further_down()
    {
        var result = new CarerMatcher().Rank(CarerIndex.Build(Carers), Town.Request() with { IncludeNearMisses = true }, Town.Today);

        Assert.Equal([Town.Id(1), Town.Id(2)], result.Carers.Select(c => c.CarerId));
        Assert.True(result.Carers[0].Score > result.Carers[1].Score);
    }

    [Fact]
    public void Jobs_for_you_shows_a_widened_request_to_a_carer_just_outside_their_radius()
    {
        var usual = new Dictionary<Guid, MatchRequest> { [Town.Id(501)] = Town.Request() };
        var widened = new Dictionary<Guid, MatchRequest> { [Town.Id(501)] = Town.Request() with { IncludeNearMisses = true } };
        var matcher = new CarerMatcher();

        Assert.Empty(matcher.RankRequestsFor(Carers[1], usual, Town.Today));
        Assert.Equal(Town.Id(501), Assert.Single(matcher.RankRequestsFor(Carers[1], widened, Town.Today)).RequestId);
        Assert.Empty(matcher.RankRequestsFor(Carers[2], widened, Town.Today));
    }
}
