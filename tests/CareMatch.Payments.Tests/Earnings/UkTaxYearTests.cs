using CareMatch.Payments.Earnings;

namespace CareMatch.Payments.Tests.Earnings;

public sealed class UkTaxYearTests
{
    [Theory]
    [InlineData("2026-04-05", 2025)]
    [InlineData("2026-04-06", 2026)]
    [InlineData("2027-01-31", 2026)]
    [InlineData("2027-04-05", 2026)]
    public void A_day_belongs_to_the_tax_year_that_runs_from_6_April_to_5_April(string day, int startYear) =>
        Assert.Equal(startYear, UkTaxYear.Containing(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).StartYear);

    [Fact]
    public void The_year_is_named_as_HMRC_names_it_and_read_back_from_its_short_name()
    {
        var year = new UkTaxYear(2026);

        Assert.Equal("2026 to 2027", year.ToString());
        Assert.Equal("2026-27", year.ShortName);
        Assert.Equal(year, UkTaxYear.FromShortName("2026-27"));
        Assert.Equal(new UkTaxYear(2099), UkTaxYear.FromShortName("2099-00"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-28")]
    [InlineData("2026/27")]
    [InlineData("26-27")]
    [InlineData("=cmd|27")]
    public void A_short_name_that_is_not_a_tax_year_reads_as_nothing(string? text) =>
        Assert.Null(UkTaxYear.FromShortName(text));
}
