namespace CareMatch.Payments.Contracts;

/// <summary>
/// The signed-in carer's payouts, by the day each visit's money should be in their bank:
/// <see cref="OnItsWay"/> is due today or later (soonest first, undated manual payouts last),
/// <see cref="Paid"/> is earlier (newest first). <see cref="Schedule"/> is null before payouts are set up.
/// <see cref="TestPayments"/> is true on the simulated gateway, where no real money moves.
/// </summary>
public sealed record MyPayouts(MyPayoutSchedule? Schedule, IReadOnlyList<PayoutDay> OnItsWay, IReadOnlyList<PayoutDay> Paid, bool TestPayments);
