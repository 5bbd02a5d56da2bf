namespace CareMatch.Payments.Contracts;

/// <summary>One visit's payment for an admin: the seeker's and carer's view of it plus what went back and what can.</summary>
public sealed record AdminPaymentDetail(
    VisitPaymentView Payment,
    long RefundedPence,
    long ReversedPence,
    long RefundablePence,
    string? Fault,
    IReadOnlyList<AdminRefundRow> Refunds,
    IReadOnlyList<AdminDisputeRow> Disputes);
