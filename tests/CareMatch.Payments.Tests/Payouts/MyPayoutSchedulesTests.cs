using CareMatch.Payments.Contracts;
using CareMatch.Payments.Payouts;

namespace CareMatch.Payments.Tests.Payouts;

public sealed class MyPayoutSchedulesTests
{
    [Fact]
    public void Each_interval_keeps_only_its_own_anchor()
    {
        Assert.Equal(new MyPayoutSchedule(PayoutFrequency.Daily, 2, null, null), MyPayoutSchedules.Of(new PayoutSchedule(PayoutInterval.Daily, 2, DayOfWeek.Friday, 15)));
        Assert.Equal(new MyPayoutSchedule(PayoutFrequency.Weekly, 3, DayOfWeek.Friday, null), MyPayoutSchedules.Of(new PayoutSchedule(PayoutInterval.Weekly, 3, DayOfWeek.Friday, 15)));
        Assert.Equal(new MyPayoutSchedule(PayoutFrequency.Monthly, 7, null, 31), MyPayoutSchedules.Of(new PayoutSchedule(PayoutInterval.Monthly, 7, null, 31)));
        Assert.Equal(new MyPayoutSchedule(PayoutFrequency.Manual, 2, null, null), MyPayoutSchedules.Of(new PayoutSchedule(PayoutInterval.Manual, 2)));
    }

    [Fact]
    public void A_weekly_or_monthly_schedule_without_an_anchor_reads_as_Stripes_default()
    {
        Assert.Equal(DayOfWeek.Monday, MyPayoutSchedules.Of(new PayoutSchedule(PayoutInterval.Weekly, 2)).WeeklyOn);
        Assert.Equal(1, MyPayoutSchedules.Of(new PayoutSchedule(PayoutInterval.Monthly, 2)).MonthlyOn);
    }
}
