using CareMatch.Matching.Engine.Geography;

namespace CareMatch.Matching.Engine.Tests;

public sealed class GreatCircleTests
{
    // Expected values come from a separate haversine calculation (mean Earth radius); the
    // one-degree case is the textbook 111.2 km. Tolerance: 0.5% or 50 m.
    [Theory]
    [InlineData("same point", 53.80, -1.55, 53.80, -1.55, 0.0)]
    [InlineData("LS1 to LS6, across Leeds", 53.7965, -1.5478, 53.8192, -1.5805, 3.314)]
    [InlineData("Leeds to York", 53.7965, -1.5478, 53.9591, -1.0815, 35.51)]
    [InlineData("London to Edinburgh", 51.5072, -0.1276, 55.9533, -3.1883, 533.7)]
    [InlineData("one degree of latitude", 50.0, 0.0, 51.0, 0.0, 111.2)]
    public void Distance_matches_known_values(string route, double lat1, double lon1, double lat2, double lon2, double expectedKm)
    {
        var km = GreatCircle.DistanceKm(lat1, lon1, lat2, lon2);

        Assert.True(Math.Abs(km - expectedKm) <= Math.Max(0.05, expectedKm * 0.005), $"{route}: {km:0.00} km, expected {expectedKm} km");
    }

    [Fact]
    public void Distance_is_symmetric()
    {
        var there = GreatCircle.DistanceKm(53.7965, -1.5478, 53.9591, -1.0815);
        var back = GreatCircle.DistanceKm(53.9591, -1.0815, 53.7965, -1.5478);

        Assert.Equal(there, back, precision: 9);
    }
}
