namespace CareMatch.Payments.Ledger;

/// <summary>
/// A balanced movement of money: its lines sum to zero, or it cannot be made. The reference ties
/// it to what caused it (a visit's id, an invoice's number) so the books can be read per visit.
/// </summary>
internal sealed record JournalEntry
{
    private JournalEntry(JournalKind kind, string reference, IReadOnlyList<JournalLine> lines)
    {
        Kind = kind;
        Reference = reference;
        Lines = lines;
    }

    public JournalKind Kind { get; }

    public string Reference { get; }

    public IReadOnlyList<JournalLine> Lines { get; }

    public static JournalEntry Balanced(JournalKind kind, string reference, params JournalLine[] lines)
    {
        var kept = lines.Where(line => line.Pence != 0).ToList();
        if (kept.Count == 0) throw new InvalidOperationException($"A {kind} entry for {reference} moves no money.");
        var sum = kept.Sum(line => line.Pence);
        if (sum != 0) throw new InvalidOperationException($"A {kind} entry for {reference} does not balance: it is out by {sum}p.");
        return new JournalEntry(kind, reference, kept);
    }

    public long Change(LedgerAccount account) => Lines.Where(line => line.Account == account).Sum(line => line.Pence);
}
