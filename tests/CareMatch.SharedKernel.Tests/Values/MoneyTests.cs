using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Tests.Values;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(1250, "£12.50")]
    [InlineData(0, "£0")]
    [InlineData(5, "£0.05")]
    [InlineData(20000, "£200")]
    [InlineData(100000, "£1,000")]
    [InlineData(-550, "-£5.50")]
    [InlineData(123456789, "£1,234,567.89")]
    public void Money_reads_the_GOV_UK_way_with_pence_only_when_there_are_some(long pence, string expected) =>
        Assert.Equal(expected, new Money(pence).ToString());

    [Fact]
    public void Money_reads_the_same_whatever_the_machine_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("£12.50", new Money(1250).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
