namespace CareMatch.Payments.Contracts;

/// <summary>
/// What a carer sees of their payout account. <see cref="StillNeeded"/> are Stripe's requirement
/// codes ("external_account"); the page words them. <see cref="TestPayments"/> is true on the
/// simulated gateway, where no real money moves.
/// </summary>
public sealed record MyPayoutAccount(PayoutStatus Status, IReadOnlyList<string> StillNeeded, bool TestPayments);
