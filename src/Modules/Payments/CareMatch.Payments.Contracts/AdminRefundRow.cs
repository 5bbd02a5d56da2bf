namespace CareMatch.Payments.Contracts;

/// <summary>An admin's refund (or finding against the carer) on a visit, and whether Stripe has carried it out.</summary>
public sealed record AdminRefundRow(
    DateTimeOffset DecidedAt,
    long RefundPence,
    long ReversalPence,
    string Reason,
    bool CarerAtFault,
    bool AfterDispute,
    bool Done,
    string? Fault);
