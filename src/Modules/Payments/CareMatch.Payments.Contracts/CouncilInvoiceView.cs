namespace CareMatch.Payments.Contracts;

/// <summary>A council's invoice for a month of visits paid from personal budgets.</summary>
public sealed record CouncilInvoiceView(string Number, DateOnly Month, long TotalPence, int Visits, DateTimeOffset IssuedAt, bool TestPayments);
