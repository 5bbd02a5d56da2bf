using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class OneGreatCircleTests
{
    private readonly OneGreatCircleRule _rule = new();

    [Fact]
    public void Only_GeoPoint_and_the_matching_engine_work_out_distances() =>
        Violations.AssertNone(ProductAssemblies.All.SelectMany(_rule.Check).ToList());

    [Fact]
    public void Reports_a_home_made_haversine() =>
        Violations.AssertReported(_rule.Check(ProductAssemblies.BadExamples),
            "BadExamples.Geography.HomeMadeHaversine.Kilometres works out a distance itself.");

    [Fact]
    public void The_engine_measures_every_distance_as_GeoPoint_does()
    {
        Assert.Equal(CareMatch.SharedKernel.Values.GeoPoint.EarthRadiusKm, CareMatch.Matching.Engine.Geography.GreatCircle.EarthRadiusKm);
        var leeds = new CareMatch.SharedKernel.Values.GeoPoint(53.7997, -1.5492);
        var london = new CareMatch.SharedKernel.Values.GeoPoint(51.5074, -0.1278);
        Assert.Equal(
            CareMatch.Matching.Engine.Geography.GreatCircle.DistanceKm(leeds.Latitude, leeds.Longitude, london.Latitude, london.Longitude),
            leeds.KilometresTo(london), precision: 9);
    }
}
