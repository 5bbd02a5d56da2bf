using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Tests.Values;

public sealed class GeoPointDistanceTests
{
    [Fact]
    public void One_degree_of_latitude_is_a_360th_of_the_Earths_circumference()
    {
        var expected = 2 * Math.PI * GeoPoint.EarthRadiusKm / 360;

        Assert.Equal(expected, new GeoPoint(53, -1.5).KilometresTo(new GeoPoint(54, -1.5)), precision: 9);
    }

    [Fact]
    public void Leeds_to_London_is_about_272_km_either_way_and_a_place_is_0_km_from_itself()
    {
        var leeds = new GeoPoint(53.7997, -1.5492);
        var london = new GeoPoint(51.5074, -0.1278);

        Assert.InRange(leeds.KilometresTo(london), 270, 274);
        Assert.Equal(leeds.KilometresTo(london), london.KilometresTo(leeds), precision: 9);
        Assert.Equal(0, leeds.KilometresTo(leeds));
    }
}
