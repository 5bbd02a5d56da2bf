namespace CareMatch.Payments.Contracts;

/// <summary>
/// Every visit whose pay was sent to the carer in one UK tax year (by the UK date it was sent),
/// in the order it was sent, and their totals. Each visit has its charge and <see cref="VisitPaymentView.PaidToCarerAt"/>.
/// </summary>
public sealed record TaxYearEarnings(string ShortName, string Name, IReadOnlyList<VisitPaymentView> Visits, EarningsTotals Totals);
