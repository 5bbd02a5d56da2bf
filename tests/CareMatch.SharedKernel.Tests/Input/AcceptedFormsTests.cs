using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Tests.Input;

/// <summary>The forms people type that each reader accepts, as examples a reader of the code can check by eye.</summary>
public sealed class AcceptedFormsTests
{
    [Theory]
    [InlineData("9:30", 9, 30)]
    [InlineData("09:30", 9, 30)]
    [InlineData("0930", 9, 30)]
    [InlineData("930", 9, 30)]
    [InlineData("9.30", 9, 30)]
    [InlineData("9:30am", 9, 30)]
    [InlineData("9:30 AM", 9, 30)]
    [InlineData("2pm", 14, 0)]
    [InlineData("2.15 pm", 14, 15)]
    [InlineData("14:00", 14, 0)]
    [InlineData(" 23:59 ", 23, 59)]
    [InlineData("12am", 0, 0)]
    [InlineData("12pm", 12, 0)]
    [InlineData("12:30am", 0, 30)]
    [InlineData("midday", 12, 0)]
    [InlineData("Noon", 12, 0)]
    [InlineData("midnight", 0, 0)]
    public void A_time_is_read_in_each_way_people_type_it(string typed, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), TimeOfDayInput.Read(typed, "the time").Expect());

    [Theory]
    [InlineData("£12.50", 1250)]
    [InlineData("12.5", 1250)]
    [InlineData("12", 1200)]
    [InlineData(" £ 12.05 ", 1205)]
    [InlineData("1,250", 125000)]
    [InlineData("£1,250.99", 125099)]
    [InlineData("0.01", 1)]
    public void An_amount_in_pounds_is_read_to_whole_pence(string typed, long pence) =>
        Assert.Equal(new Money(pence), PoundsInput.Read(typed, "the amount", Money.Zero, new Money(1_000_000_00)).Expect());

    [Theory]
    [InlineData("7", "3", "2027")]
    [InlineData("07", "03", "2027")]
    [InlineData(" 7 ", " 3 ", " 2027 ")]
    [InlineData("7", "March", "2027")]
    [InlineData("7", "mar", "2027")]
    [InlineData("7", "MAR", "2027")]
    public void A_date_is_read_with_the_month_as_a_number_or_its_name(string day, string month, string year) =>
        Assert.Equal(new DateOnly(2027, 3, 7), DateInput.Read(new DateBoxes(day, month, year), "the date").Expect());

    [Fact]
    public void September_may_be_written_sept()
    {
        Assert.Equal(new DateOnly(2027, 9, 1), DateInput.Read(new DateBoxes("1", "Sept", "2027"), "the date").Expect());
    }

    [Fact]
    public void The_29th_of_February_is_a_date_only_in_a_leap_year()
    {
        Assert.True(DateInput.Read(new DateBoxes("29", "2", "2028"), "the date").IsValid);
        Assert.False(DateInput.Read(new DateBoxes("29", "2", "2027"), "the date").IsValid);
    }

    [Theory]
    [InlineData("15", 15)]
    [InlineData(" 1,500 ", 1500)]
    [InlineData("-3", -3)]
    public void A_whole_number_is_read_with_or_without_commas(string typed, int number) =>
        Assert.Equal(number, WholeNumberInput.Read(typed, "the number", -10, 10_000).Expect());

    [Fact]
    public void The_formatters_write_what_a_person_would_type()
    {
        Assert.Equal(new DateBoxes("7", "3", "2027"), DateInput.Write(new DateOnly(2027, 3, 7)));
        Assert.Equal("09:05", TimeOfDayInput.Write(new TimeOnly(9, 5)));
        Assert.Equal("22.50", PoundsInput.Write(new Money(2250)));
        Assert.Equal("1500", WholeNumberInput.Write(1500));
    }
}
