namespace CareMatch.Payments.Ledger;

/// <summary>
/// One line of a journal entry as the books keep it. An entry's lines share its id and are saved
/// in the same SaveChanges as the change to money that caused them, so the books never miss or
/// double a movement.
/// </summary>
internal sealed class LedgerLine
{
    private LedgerLine()
    {
    }

    public long Id { get; private set; }

    public Guid EntryId { get; private set; }

    public JournalKind Kind { get; private set; }

    public string Reference { get; private set; } = "";

    public LedgerAccount Account { get; private set; }

    public long Pence { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static IEnumerable<LedgerLine> Of(JournalEntry entry, DateTimeOffset at)
    {
        var entryId = Guid.NewGuid();
        return entry.Lines.Select(line => new LedgerLine
        {
            EntryId = entryId,
            Kind = entry.Kind,
            Reference = entry.Reference,
            Account = line.Account,
            Pence = line.Pence,
            RecordedAt = at,
        });
    }
}
