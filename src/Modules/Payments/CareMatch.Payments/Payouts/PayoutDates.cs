namespace CareMatch.Payments.Payouts;

/// <summary>
/// When a carer's money for a visit should reach their bank: the captured funds become available
/// after the account's delay (counted in business days), the next payout on the schedule sends
/// them, and a UK bank payout lands the next business day. Null for manual payouts.
/// </summary>
internal static class PayoutDates
{
    public static DateOnly? ExpectedInBank(DateOnly captured, PayoutSchedule schedule)
    {
        var available = UkBankHolidays.NextBusinessDayFrom(UkBankHolidays.AddBusinessDays(captured, schedule.DelayDays));
        DateOnly? paidOut = schedule.Interval switch
        {
            PayoutInterval.Daily => available,
            PayoutInterval.Weekly => NextWeekday(available, schedule.WeeklyAnchor ?? DayOfWeek.Monday),
            PayoutInterval.Monthly => NextMonthDay(available, schedule.MonthlyAnchor ?? 1),
            _ => null,
        };
        return paidOut is { } day ? UkBankHolidays.AddBusinessDays(UkBankHolidays.NextBusinessDayFrom(day), 1) : null;
    }

    private static DateOnly NextWeekday(DateOnly from, DayOfWeek anchor)
    {
        while (from.DayOfWeek != anchor) from = from.AddDays(1);
        return from;
    }

    /// <summary>An anchor of 29–31 means the month's last day in a shorter month, as Stripe does it.</summary>
    private static DateOnly NextMonthDay(DateOnly from, int anchor)
    {
        var inMonth = new DateOnly(from.Year, from.Month, Math.Min(anchor, DateTime.DaysInMonth(from.Year, from.Month)));
        if (inMonth >= from) return inMonth;
        var next = from.AddMonths(1);
        return new DateOnly(next.Year, next.Month, Math.Min(anchor, DateTime.DaysInMonth(next.Year, next.Month)));
    }
}
