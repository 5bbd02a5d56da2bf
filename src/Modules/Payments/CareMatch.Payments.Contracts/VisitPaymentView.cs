namespace CareMatch.Payments.Contracts;

/// <summary>
/// One visit's payment for its seeker or its carer. <see cref="Charge"/> is set once the amount
/// is decided; <see cref="ExpectedInBank"/> once the carer's share is sent (null on manual payouts).
/// <see cref="TestPayments"/> is true on the simulated gateway, where no real money moves.
/// <see cref="RefundedPence"/> went back to the seeker; <see cref="TakenBackFromCarerPence"/> was
/// taken back from the carer's share when an admin found them at fault. <see cref="FundedByBudget"/>:
/// a council's personal budget pays, not the seeker's card.
/// </summary>
public sealed record VisitPaymentView(
    Guid VisitId,
    string Reference,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    VisitPaymentStatus Status,
    PaymentProblem? Problem,
    DateTimeOffset? NextTryAt,
    long HeldPence,
    VisitCharge? Charge,
    DateTimeOffset? ChargedAt,
    DateTimeOffset? PaidToCarerAt,
    DateOnly? ExpectedInBank,
    bool TestPayments,
    long RefundedPence = 0,
    long TakenBackFromCarerPence = 0,
    bool FundedByBudget = false);
