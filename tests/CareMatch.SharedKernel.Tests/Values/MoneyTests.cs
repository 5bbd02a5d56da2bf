using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Tests.Values;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(1250, "£12.50")]
    [InlineData(0, "£0.00")]
    [InlineData(5, "£0.05")]
    [InlineData(123456789, "£1,234,567.89")]
    public void Money_reads_in_pounds_and_pence(long pence, string expected) =>
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
