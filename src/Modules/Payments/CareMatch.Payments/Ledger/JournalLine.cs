namespace CareMatch.Payments.Ledger;

/// <summary>One side of a movement: positive pence are a debit, negative a credit.</summary>
internal sealed record JournalLine(LedgerAccount Account, long Pence);
