using CareMatch.Web.Infrastructure.Downloads;

namespace CareMatch.IntegrationTests.Downloads;

/// <summary>CSV downloads never start a cell with something a spreadsheet would run.</summary>
public sealed class CsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-1-1", "'-1-1")]
    [InlineData("-5.00", "-5.00")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData(null, "")]
    public void Cells_that_could_be_formulas_are_prefixed_with_a_quote(string? value, string expected) =>
        Assert.Equal(expected, Csv.Cell(value));

    [Fact]
    public void A_table_has_a_header_of_every_column_and_a_line_per_row()
    {
        var text = Csv.Write([new Dictionary<string, string?> { ["A"] = "1", ["B"] = null }, new Dictionary<string, string?> { ["A"] = "=2" }]);
        Assert.Equal("A,B\r\n1,\r\n'=2,\r\n", text);
    }
}
