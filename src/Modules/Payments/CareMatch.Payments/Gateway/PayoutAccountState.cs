using CareMatch.Payments.Payouts;

namespace CareMatch.Payments.Gateway;

/// <summary>What Stripe says of a carer's payout account: can it be paid, what is still due, and when it pays out.</summary>
internal sealed record PayoutAccountState(string Id, bool PayoutsEnabled, IReadOnlyList<string> StillDue, PayoutSchedule Schedule);
