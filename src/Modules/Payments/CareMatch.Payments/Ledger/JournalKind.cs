namespace CareMatch.Payments.Ledger;

/// <summary>The movements the books record, one per thing that happens to money.</summary>
internal enum JournalKind
{
    Authorisation,
    HoldReleased,
    Capture,
    Commission,
    ProcessingFee,
    Transfer,
    Refund,
    DisputeLost,
    TransferReversal,
    BudgetDraw,
    CouncilInvoice,
    CouncilPayment,
}
