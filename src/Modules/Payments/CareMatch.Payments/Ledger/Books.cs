using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Payments.Ledger;

/// <summary>Writes journal entries into the unit of work of the change that caused them; the caller saves both together.</summary>
internal sealed class Books(PaymentsDbContext db, IClock clock)
{
    public void Record(params JournalEntry[] entries) => Record((IEnumerable<JournalEntry>)entries);

    public void Record(IEnumerable<JournalEntry> entries)
    {
        foreach (var entry in entries) db.LedgerLines.AddRange(LedgerLine.Of(entry, clock.UtcNow));
    }
}
