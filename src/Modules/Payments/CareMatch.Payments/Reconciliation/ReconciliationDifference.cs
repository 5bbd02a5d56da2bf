namespace CareMatch.Payments.Reconciliation;

/// <summary>A reference (a visit, or a Stripe object we have no record of) whose money in our books differs from Stripe's balance.</summary>
internal sealed class ReconciliationDifference
{
    private ReconciliationDifference()
    {
    }

    public Guid Id { get; private set; }

    public Guid RunId { get; private set; }

    public string Reference { get; private set; } = "";

    public long LedgerPence { get; private set; }

    public long StripePence { get; private set; }

    public static ReconciliationDifference Of(string reference, long ledgerPence, long stripePence) =>
        new() { Id = Guid.NewGuid(), Reference = reference, LedgerPence = ledgerPence, StripePence = stripePence };
}
