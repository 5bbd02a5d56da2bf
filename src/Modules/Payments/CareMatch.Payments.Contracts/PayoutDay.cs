namespace CareMatch.Payments.Contracts;

/// <summary>
/// The visits whose money should reach the carer's bank on one day. <see cref="ExpectedInBank"/>
/// is null for money waiting in a Stripe account with manual payouts, which has no date until the carer asks.
/// </summary>
public sealed record PayoutDay(DateOnly? ExpectedInBank, IReadOnlyList<PayoutVisit> Visits)
{
    public long NetPence => Visits.Sum(v => v.NetPence);
}
