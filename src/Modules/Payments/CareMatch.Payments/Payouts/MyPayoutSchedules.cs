using CareMatch.Payments.Contracts;

namespace CareMatch.Payments.Payouts;

/// <summary>A payout account's schedule as the carer is told it; anchors that do not apply to the interval are left out.</summary>
internal static class MyPayoutSchedules
{
    public static MyPayoutSchedule Of(PayoutSchedule schedule) => schedule.Interval switch
    {
        PayoutInterval.Daily => new MyPayoutSchedule(PayoutFrequency.Daily, schedule.DelayDays, null, null),
        PayoutInterval.Weekly => new MyPayoutSchedule(PayoutFrequency.Weekly, schedule.DelayDays, schedule.WeeklyAnchor ?? DayOfWeek.Monday, null),
        PayoutInterval.Monthly => new MyPayoutSchedule(PayoutFrequency.Monthly, schedule.DelayDays, null, schedule.MonthlyAnchor ?? 1),
        _ => new MyPayoutSchedule(PayoutFrequency.Manual, schedule.DelayDays, null, null),
    };
}
