namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// Sums over a council's agreed personal budgets: allocated (the 4-week periods begun so far),
/// spent (visits drawn, less refunds), committed (visits booked ahead) and left (allocated less
/// spent and committed). <see cref="SpentShare"/> is spent as a share of allocated.
/// </summary>
public sealed record SpendTotals(long AllocatedPence, long SpentPence, long CommittedPence, long LeftPence)
{
    public double? SpentShare => AllocatedPence > 0 ? (double)SpentPence / AllocatedPence : null;
}
