namespace CareMatch.Payments.Contracts;

/// <summary>The admin's view of money: payments that need someone, open and lost disputes, and the latest payments.</summary>
public sealed record AdminPayments(
    IReadOnlyList<AdminPaymentRow> NeedAttention,
    IReadOnlyList<AdminDisputeRow> Disputes,
    IReadOnlyList<AdminPaymentRow> Latest,
    bool TestPayments);
