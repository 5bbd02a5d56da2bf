using CareMatch.Payments.Payouts;

namespace CareMatch.Payments.Tests.Payouts;

public sealed class PayoutDatesTests
{
    [Fact]
    public void Daily_payouts_with_a_three_day_delay_land_the_business_day_after_the_funds_are_available() =>
        // Captured Monday 7 Dec 2026: available Thursday 10th, paid out that day, in the bank Friday 11th.
        Assert.Equal(new DateOnly(2026, 12, 11), PayoutDates.ExpectedInBank(new DateOnly(2026, 12, 7), PayoutSchedule.Daily(3)));

    [Fact]
    public void Christmas_and_Boxing_Day_holidays_push_a_payout_past_them() =>
        // Captured Tuesday 22 Dec 2026: the three business days are the 23rd, 24th and 29th (25th and 28th are holidays).
        Assert.Equal(new DateOnly(2026, 12, 30), PayoutDates.ExpectedInBank(new DateOnly(2026, 12, 22), PayoutSchedule.Daily(3)));

    [Fact]
    public void Weekly_payouts_wait_for_the_anchor_day() =>
        Assert.Equal(new DateOnly(2026, 12, 14),
            PayoutDates.ExpectedInBank(new DateOnly(2026, 12, 7), new PayoutSchedule(PayoutInterval.Weekly, 2, WeeklyAnchor: DayOfWeek.Friday)));

    [Fact]
    public void A_monthly_anchor_of_31_pays_on_the_last_day_of_a_shorter_month() =>
        // Available Tuesday 2 Feb 2027; the 31st in February is Sunday the 28th, so the payout goes Monday 1 March and lands the 2nd.
        Assert.Equal(new DateOnly(2027, 3, 2),
            PayoutDates.ExpectedInBank(new DateOnly(2027, 2, 1), new PayoutSchedule(PayoutInterval.Monthly, 1, MonthlyAnchor: 31)));

    [Fact]
    public void Manual_payouts_have_no_date_to_promise() =>
        Assert.Null(PayoutDates.ExpectedInBank(new DateOnly(2026, 12, 7), new PayoutSchedule(PayoutInterval.Manual, 3)));
}
