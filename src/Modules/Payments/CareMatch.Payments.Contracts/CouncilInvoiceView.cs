namespace CareMatch.Payments.Contracts;

/// <summary>
/// A council's invoice for a month of visits paid from personal budgets. With Stripe keys it is
/// paid on Stripe's page (<see cref="PayAt"/>, null until it is issued there); <see cref="PaidAt"/>
/// is when Stripe said the council paid.
/// </summary>
public sealed record CouncilInvoiceView(
    string Number, DateOnly Month, long TotalPence, int Visits, DateTimeOffset IssuedAt, bool TestPayments, Uri? PayAt, DateTimeOffset? PaidAt);
