using CareMatch.SharedKernel.Geography;
using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Tests.Geography;

public sealed class CentroidTableGeocoderTests
{
    // Rows copied from Geography/Data: "LS6 2,53.81658,-1.55861" and "LS6,53.81846,-1.56617".
    private static readonly GeoPoint Ls6Sector2 = new(53.81658, -1.55861);
    private static readonly GeoPoint Ls6District = new(53.81846, -1.56617);

    private readonly CentroidTableGeocoder _geocoder = new();

    [Fact]
    public void A_postcode_in_a_known_sector_is_placed_at_the_sector_centroid()
    {
        var result = _geocoder.Geocode(Postcode.Parse("LS6 2AB"));

        Assert.True(result.Found);
        Assert.Equal(GeocodePrecision.Sector, result.Precision);
        Assert.Equal(Ls6Sector2, result.Point);
        Assert.Null(result.ErrorMessage);
    }

    [Fact]
    public void Every_address_in_a_sector_gets_the_same_point_so_none_can_be_told_apart()
    {
        var first = _geocoder.Geocode(Postcode.Parse("LS6 2AB"));
        var second = _geocoder.Geocode(Postcode.Parse("LS6 2ZZ"));
        var nextSector = _geocoder.Geocode(Postcode.Parse("LS6 3AB"));

        Assert.Equal(first.Point, second.Point);
        Assert.NotEqual(first.Point, nextSector.Point);
    }

    [Fact]
    public void A_postcode_whose_sector_is_not_in_the_table_falls_back_to_its_district()
    {
        // LS6 has sectors 1, 2, 3, 4 and 9 in the table; LS6 5 is well formed but absent.
        var result = _geocoder.Geocode(Postcode.Parse("LS6 5AB"));

        Assert.True(result.Found);
        Assert.Equal(GeocodePrecision.District, result.Precision);
        Assert.Equal(Ls6District, result.Point);
    }

    [Theory]
    [InlineData("LS50 1AB")] // Leeds has no LS50
    [InlineData("ZZ1 1AA")] // there is no ZZ area
    [InlineData("GIR 0AA")] // well formed, but not a place
    public void A_well_formed_postcode_that_does_not_exist_is_not_found_with_a_message(string typed)
    {
        var result = _geocoder.Geocode(Postcode.Parse(typed));

        Assert.False(result.Found);
        Assert.Null(result.Point);
        Assert.Equal(GeocodePrecision.None, result.Precision);
        Assert.Equal("We don't recognise that postcode. Check it and try again", result.ErrorMessage);
    }

    [Fact]
    public void A_known_district_has_a_centroid_for_council_setup()
    {
        var leeds6 = PostcodeDistrict.Parse("ls6");

        Assert.True(_geocoder.IsKnownDistrict(leeds6));
        Assert.Equal(Ls6District, _geocoder.DistrictCentroid(leeds6));
    }

    [Fact]
    public void An_unknown_district_is_not_known_and_has_no_centroid()
    {
        var nowhere = PostcodeDistrict.Parse("LS50");

        Assert.False(_geocoder.IsKnownDistrict(nowhere));
        Assert.Null(_geocoder.DistrictCentroid(nowhere));
    }

    [Fact]
    public void Every_sector_in_the_shipped_table_geocodes_to_its_own_row()
    {
        var rows = EmbeddedTable.Read("uk-postcode-sectors.csv", "sector");
        var unparsable = new List<string>();

        foreach (var (sector, point) in rows)
        {
            // "AA" is a valid inward ending, so sector + "AA" is a well-formed postcode in that sector.
            if (!Postcode.TryParse(sector + "AA", out var postcode, out _))
            {
                unparsable.Add(sector);
                continue;
            }
            var result = _geocoder.Geocode(postcode);
            Assert.True(result.Precision == GeocodePrecision.Sector && result.Point == point, $"{sector} geocoded to {result.Point} at {result.Precision}, not {point}");
        }

        Assert.Equal(12_269, rows.Count);
        // Only the retired Newport district, from before postcodes took today's shape, cannot be typed.
        Assert.All(unparsable, sector => Assert.StartsWith("NPT ", sector, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_district_in_the_shipped_table_is_known_at_its_own_centroid()
    {
        var rows = EmbeddedTable.Read("uk-postcode-districts.csv", "district");

        foreach (var (key, point) in rows.Where(row => row.Key != "NPT"))
        {
            var district = PostcodeDistrict.Parse(key);
            Assert.Equal(point, _geocoder.DistrictCentroid(district));
        }

        Assert.Equal(3_077, rows.Count);
    }
}
