namespace CareMatch.Payments.Contracts;

/// <summary>
/// A carer's payout schedule as Stripe keeps it: money charged for a visit is ready after
/// <see cref="DelayDays"/> working days, then paid out on the next payout day
/// (<see cref="WeeklyOn"/> for weekly payouts, day <see cref="MonthlyOn"/> of the month for monthly).
/// </summary>
public sealed record MyPayoutSchedule(PayoutFrequency Frequency, int DelayDays, DayOfWeek? WeeklyOn, int? MonthlyOn);
