using CareMatch.SharedKernel.Geography;

namespace CareMatch.SharedKernel.Tests.Geography;

public sealed class PostcodeParsingTests
{
    [Theory]
    [InlineData("LS6 2AB", "LS6 2AB")]
    [InlineData("ls62ab", "LS6 2AB")]
    [InlineData(" LS6  2AB ", "LS6 2AB")]
    [InlineData("Ls6 2ab", "LS6 2AB")]
    [InlineData("LS62AB", "LS6 2AB")]
    [InlineData("ls62 ab", "LS6 2AB")]
    [InlineData("L S 6 2 A B", "LS6 2AB")]
    [InlineData("LS6\t2AB", "LS6 2AB")]
    [InlineData("LS6\u00A02AB", "LS6 2AB")] // a non-breaking space, as pasted from a web page
    [InlineData("LS6 2AB\n", "LS6 2AB")]
    [InlineData("m11ae", "M1 1AE")] // A9
    [InlineData("B338TH", "B33 8TH")] // A99
    [InlineData("cr2 6xh", "CR2 6XH")] // AA9
    [InlineData("DN551PT", "DN55 1PT")] // AA99
    [InlineData("w1a0ax", "W1A 0AX")] // A9A
    [InlineData("ec1a 1bb", "EC1A 1BB")] // AA9A
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("gir0aa", "GIR 0AA")] // the one special case Royal Mail still uses
    public void A_postcode_typed_any_way_reads_as_the_standard_form(string typed, string expected)
    {
        Assert.True(Postcode.TryParse(typed, out var postcode, out var error), error);
        Assert.Equal(expected, postcode.Value);
        Assert.Equal(expected, postcode.ToString());
        Assert.Null(error);
    }

    [Theory]
    [InlineData(null, "Enter a postcode")]
    [InlineData("", "Enter a postcode")]
    [InlineData("   ", "Enter a postcode")]
    [InlineData("\t\n", "Enter a postcode")]
    [InlineData("LS6", "Enter a real UK postcode, like LS6 2AB")] // district only
    [InlineData("LS6 2", "Enter a real UK postcode, like LS6 2AB")] // sector only
    [InlineData("LS6 2A", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("2AB", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS6 2ABC", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS6 2AB LS6 2AB", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LSS6 2AB", "Enter a real UK postcode, like LS6 2AB")] // three letters before the digit
    [InlineData("6LS 2AB", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS6 AAB", "Enter a real UK postcode, like LS6 2AB")] // inward must start with a digit
    [InlineData("LS6 OAB", "Enter a real UK postcode, like LS6 2AB")] // letter O for zero is not guessed at
    [InlineData("LS6 22B", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS6 2CB", "Enter a real UK postcode, like LS6 2AB")] // C, I, K, M, O, V never end a postcode
    [InlineData("LS6 2AI", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS6 2KA", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS6 2AM", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS6 2OA", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS6 2AV", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS6-2AB", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS6 2AB.", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("L$6 2AB", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("LS\u0666 2AB", "Enter a real UK postcode, like LS6 2AB")] // an Arabic-Indic six
    [InlineData("\uFF2C\uFF33\uFF16 \uFF12\uFF21\uFF22", "Enter a real UK postcode, like LS6 2AB")] // full-width LS6 2AB
    [InlineData("GIR 0AB", "Enter a real UK postcode, like LS6 2AB")]
    [InlineData("12 Acacia Avenue, Leeds", "Enter a real UK postcode, like LS6 2AB")]
    public void Anything_else_is_refused_with_a_message_for_the_person(string? typed, string message)
    {
        Assert.False(Postcode.TryParse(typed, out var postcode, out var error));
        Assert.Null(postcode);
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("ls6 2ab", "LS6", "2AB", "LS6 2", "LS6", "LS")]
    [InlineData("M1 1AE", "M1", "1AE", "M1 1", "M1", "M")]
    [InlineData("B33 8TH", "B33", "8TH", "B33 8", "B33", "B")]
    [InlineData("DN55 1PT", "DN55", "1PT", "DN55 1", "DN55", "DN")]
    [InlineData("W1A 0AX", "W1A", "0AX", "W1A 0", "W1A", "W")]
    [InlineData("EC1A 1BB", "EC1A", "1BB", "EC1A 1", "EC1A", "EC")]
    [InlineData("GIR 0AA", "GIR", "0AA", "GIR 0", "GIR", "GIR")]
    public void A_postcode_splits_into_its_parts(string typed, string outward, string inward, string sector, string district, string area)
    {
        var postcode = Postcode.Parse(typed);

        Assert.Equal(outward, postcode.Outward);
        Assert.Equal(inward, postcode.Inward);
        Assert.Equal(sector, postcode.Sector);
        Assert.Equal(district, postcode.District);
        Assert.Equal(area, postcode.Area);
    }

    [Fact]
    public void The_same_postcode_typed_two_ways_is_equal()
    {
        Assert.Equal(Postcode.Parse("ls62ab"), Postcode.Parse(" LS6 2AB"));
        Assert.NotEqual(Postcode.Parse("LS6 2AB"), Postcode.Parse("LS6 2AD"));
    }

    [Fact]
    public void Parse_throws_with_the_message_when_the_postcode_is_bad()
    {
        var thrown = Assert.Throws<FormatException>(() => Postcode.Parse("LS6"));

        Assert.Contains("Enter a real UK postcode, like LS6 2AB", thrown.Message, StringComparison.Ordinal);
    }
}
