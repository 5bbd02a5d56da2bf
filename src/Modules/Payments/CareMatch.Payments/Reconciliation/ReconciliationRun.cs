namespace CareMatch.Payments.Reconciliation;

/// <summary>One night's comparison of the books with Stripe, and the differences it found (kept until the next run).</summary>
internal sealed class ReconciliationRun
{
    private ReconciliationRun()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset RanAt { get; private set; }

    /// <summary>The simulated gateway moves no money: there is nothing at Stripe to compare with.</summary>
    public bool TestPayments { get; private set; }

    public int MovementsRead { get; private set; }

    public int ReferencesChecked { get; private set; }

    public List<ReconciliationDifference> Differences { get; private set; } = [];

    public static ReconciliationRun Started(DateTimeOffset now, bool testPayments) => new() { Id = Guid.NewGuid(), RanAt = now, TestPayments = testPayments };

    public void Finished(int movementsRead, int referencesChecked, IEnumerable<ReconciliationDifference> differences)
    {
        (MovementsRead, ReferencesChecked) = (movementsRead, referencesChecked);
        Differences = differences.ToList();
    }
}
