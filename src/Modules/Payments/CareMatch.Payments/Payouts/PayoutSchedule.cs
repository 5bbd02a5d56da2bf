namespace CareMatch.Payments.Payouts;

/// <summary>How often Stripe pays a carer's connected account out to their bank, as its account says.</summary>
internal sealed record PayoutSchedule(PayoutInterval Interval, int DelayDays, DayOfWeek? WeeklyAnchor = null, int? MonthlyAnchor = null)
{
    public static PayoutSchedule Daily(int delayDays) => new(PayoutInterval.Daily, delayDays);
}
