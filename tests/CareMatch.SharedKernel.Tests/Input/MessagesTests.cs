using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Tests.Input;

/// <summary>Every message each reader gives, in the GOV.UK pattern, naming the field it is about.</summary>
public sealed class MessagesTests
{
    [Theory]
    [InlineData(null, null, null, "Enter the start date")]
    [InlineData(" ", "", " ", "Enter the start date")]
    [InlineData("", "3", "2027", "The start date must include a day")]
    [InlineData("7", "", "2027", "The start date must include a month")]
    [InlineData("7", "3", "", "The start date must include a year")]
    [InlineData("", "", "2027", "The start date must include a day and month")]
    [InlineData("7", "", "", "The start date must include a month and year")]
    [InlineData("", "3", "", "The start date must include a day and year")]
    [InlineData("31", "2", "2027", "The start date must be a real date")]
    [InlineData("7", "13", "2027", "The start date must be a real date")]
    [InlineData("0", "3", "2027", "The start date must be a real date")]
    [InlineData("7", "3", "27", "The start date must be a real date")]
    [InlineData("7", "3", "1899", "The start date must be a real date")]
    [InlineData("7", "3", "2201", "The start date must be a real date")]
    [InlineData("seven", "3", "2027", "The start date must be a real date")]
    [InlineData("7", "Marchember", "2027", "The start date must be a real date")]
    [InlineData("7", "ma", "2027", "The start date must be a real date")]
    [InlineData("-7", "3", "2027", "The start date must be a real date")]
    public void A_date_that_cannot_be_read_says_what_is_wrong(string? day, string? month, string? year, string message) =>
        Assert.Equal(message, DateInput.Read(new DateBoxes(day, month, year), "the start date").Error);

    [Fact]
    public void No_boxes_at_all_is_a_blank_date()
    {
        var reading = DateInput.Read(null, "the start date");

        Assert.True(reading.IsBlank);
        Assert.Equal("Enter the start date", reading.Error);
    }

    [Theory]
    [InlineData("", "Enter the start time")]
    [InlineData("  ", "Enter the start time")]
    [InlineData("nine", "The start time must be a real time, like 9:30am or 14:00")]
    [InlineData("9", "The start time must be a real time, like 9:30am or 14:00")]
    [InlineData("24:00", "The start time must be a real time, like 9:30am or 14:00")]
    [InlineData("9:60", "The start time must be a real time, like 9:30am or 14:00")]
    [InlineData("13pm", "The start time must be a real time, like 9:30am or 14:00")]
    [InlineData("0am", "The start time must be a real time, like 9:30am or 14:00")]
    [InlineData("9:3", "The start time must be a real time, like 9:30am or 14:00")]
    [InlineData("09:30:00", "The start time must be a real time, like 9:30am or 14:00")]
    public void A_time_that_cannot_be_read_says_so(string typed, string message) =>
        Assert.Equal(message, TimeOfDayInput.Read(typed, "the start time").Error);

    [Theory]
    [InlineData("", "Enter your hourly rate")]
    [InlineData("twenty", "Enter your hourly rate in pounds and pence, like 22.50")]
    [InlineData("12.505", "Enter your hourly rate in pounds and pence, like 22.50")]
    [InlineData("$12", "Enter your hourly rate in pounds and pence, like 22.50")]
    [InlineData("12,50", "Enter your hourly rate in pounds and pence, like 22.50")]
    [InlineData("9.99", "Your hourly rate must be at least £10")]
    [InlineData("100.01", "Your hourly rate must be £100 or less")]
    [InlineData("99999999999999999999", "Enter your hourly rate in pounds and pence, like 22.50")]
    public void An_amount_that_cannot_be_accepted_says_why(string typed, string message) =>
        Assert.Equal(message, PoundsInput.Read(typed, "your hourly rate", new Money(10_00), new Money(100_00)).Error);

    [Theory]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("-12")]
    [InlineData("-£12")]
    public void Nothing_or_less_is_told_it_must_be_more_than_nothing_whatever_the_least(string typed)
    {
        Assert.Equal("The hourly rate must be more than £0", PoundsInput.Read(typed, "the hourly rate", new Money(1), new Money(200_00)).Error);
        Assert.Equal("Your hourly rate must be more than £0", PoundsInput.Read(typed, "your hourly rate", new Money(10_00), new Money(100_00)).Error);
    }

    [Fact]
    public void Where_nothing_is_allowed_less_than_nothing_is_told_the_least()
    {
        Assert.Equal("The tip must be at least £0", PoundsInput.Read("-1", "the tip", Money.Zero, new Money(100)).Error);
        Assert.True(PoundsInput.Read("0", "the tip", Money.Zero, new Money(100)).IsValid);
    }

    [Theory]
    [InlineData("", "Enter the distance")]
    [InlineData("2.5", "The distance must be a whole number, like 15")]
    [InlineData("five", "The distance must be a whole number, like 15")]
    [InlineData("0", "The distance must be between 1 and 100")]
    [InlineData("101", "The distance must be between 1 and 100")]
    [InlineData("99999999999999999999", "The distance must be between 1 and 100")]
    public void A_whole_number_that_cannot_be_accepted_says_why(string typed, string message) =>
        Assert.Equal(message, WholeNumberInput.Read(typed, "the distance", 1, 100).Error);

    [Fact]
    public void A_range_may_name_its_unit() =>
        Assert.Equal("How far you will travel must be between 1 and 100 km", WholeNumberInput.Read("0", "how far you will travel", 1, 100, " km").Error);
}
