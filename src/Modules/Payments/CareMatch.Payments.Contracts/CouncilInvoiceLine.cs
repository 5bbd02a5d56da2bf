namespace CareMatch.Payments.Contracts;

/// <summary>
/// A visit on a council's invoice, or money given back on one (<see cref="IsRefund"/>, negative
/// amounts): the council's own case reference and our budget number, never a name or an address.
/// </summary>
public sealed record CouncilInvoiceLine(
    DateOnly VisitDay,
    string VisitReference,
    string BudgetNumber,
    string CaseReference,
    long CarePence,
    long ServiceFeePence,
    long VatPence,
    long TotalPence,
    bool IsRefund = false);
