using CareMatch.Payments.Pricing;

namespace CareMatch.Payments.Tests.Pricing;

public sealed class QuarterHoursTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(60, 4)]
    [InlineData(52, 3)]      // 52 minutes is nearer 45 than 60
    [InlineData(53, 4)]
    [InlineData(7, 0)]       // a few minutes is no visit
    [InlineData(8, 1)]       // seven and a half minutes rounds up
    [InlineData(0, 0)]
    [InlineData(-30, 0)]     // a check-out before check-in pays nothing
    [InlineData(150, 10)]
    public void Time_given_is_paid_to_the_nearest_quarter_hour(int minutes, int quarters) =>
        Assert.Equal(quarters, QuarterHours.Between(Nine, Nine.AddMinutes(minutes)).Count);

    [Fact]
    public void Time_given_beyond_what_was_authorised_is_capped_at_the_authorised_hours() =>
        Assert.Equal(new QuarterHours(4), new QuarterHours(6).AtMost(new QuarterHours(4)));
}
