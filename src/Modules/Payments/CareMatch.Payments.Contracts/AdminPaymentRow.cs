namespace CareMatch.Payments.Contracts;

/// <summary>One visit's payment in the admin's list: where it stands and, when stuck, why.</summary>
public sealed record AdminPaymentRow(
    Guid VisitId,
    string Reference,
    DateTimeOffset StartsAt,
    VisitPaymentStatus Status,
    PaymentProblem? Problem,
    string? Fault,
    long? SeekerPaysPence,
    long RefundedPence);
