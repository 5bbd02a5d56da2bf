using CareMatch.SharedKernel.Geography;

namespace CareMatch.SharedKernel.Tests.Geography;

public sealed class PostcodeDistrictTests
{
    [Theory]
    [InlineData("LS6", "LS6", "LS")]
    [InlineData("ls6", "LS6", "LS")]
    [InlineData(" ls6 ", "LS6", "LS")]
    [InlineData("m1", "M1", "M")]
    [InlineData("B33", "B33", "B")]
    [InlineData("dn55", "DN55", "DN")]
    [InlineData("w1a", "W1A", "W")]
    [InlineData("Ec1A", "EC1A", "EC")]
    public void A_district_typed_in_any_case_reads_as_the_outward_code(string typed, string expected, string area)
    {
        Assert.True(PostcodeDistrict.TryParse(typed, out var district, out var error), error);
        Assert.Equal(expected, district.Value);
        Assert.Equal(expected, district.ToString());
        Assert.Equal(area, district.Area);
    }

    [Theory]
    [InlineData(null, "Enter a postcode district")]
    [InlineData("", "Enter a postcode district")]
    [InlineData("  ", "Enter a postcode district")]
    [InlineData("LS6 2AB", "Enter only the first part of the postcode, like LS6")]
    [InlineData("ls62ab", "Enter only the first part of the postcode, like LS6")]
    [InlineData("LS6 2", "Enter only the first part of the postcode, like LS6")] // a sector would otherwise become LS62
    [InlineData("LS 6", "Enter a real UK postcode district, like LS6")]
    [InlineData("LS", "Enter a real UK postcode district, like LS6")]
    [InlineData("6", "Enter a real UK postcode district, like LS6")]
    [InlineData("LSS6", "Enter a real UK postcode district, like LS6")]
    [InlineData("LS666", "Enter a real UK postcode district, like LS6")]
    [InlineData("LS6,", "Enter a real UK postcode district, like LS6")]
    [InlineData("Leeds", "Enter a real UK postcode district, like LS6")]
    public void Anything_but_a_district_is_refused_with_a_message_for_the_person(string? typed, string message)
    {
        Assert.False(PostcodeDistrict.TryParse(typed, out var district, out var error));
        Assert.Null(district);
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_postcodes_district_parses_back_to_an_equal_district()
    {
        var postcode = Postcode.Parse("ec1a1bb");

        Assert.Equal(PostcodeDistrict.Parse("EC1A"), PostcodeDistrict.Parse(postcode.District));
    }
}
