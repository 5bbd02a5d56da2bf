namespace CareMatch.Payments.Contracts;

/// <summary>
/// How many weeks of the care booked ahead a budget's unspent balance would pay for. Councils look
/// for 4 to 8: enough to ride out a gap in the top-ups, not so much that money sits idle.
/// </summary>
public enum BalanceHeld
{
    /// <summary>No visits are booked ahead, so the balance cannot be counted in weeks.</summary>
    NoCareBookedAhead,

    UnderFourWeeks,

    /// <summary>From 4 to 8 weeks, both included.</summary>
    FourToEightWeeks,

    OverEightWeeks,
}
