namespace CareMatch.Payments.Contracts;

/// <summary>
/// The signed-in carer's earnings: every visit's pay, newest visit first, and the tax years they
/// were paid in, plus the current one, newest first.
/// </summary>
public sealed record MyEarnings(IReadOnlyList<VisitPaymentView> Payments, IReadOnlyList<TaxYearSummary> TaxYears);
