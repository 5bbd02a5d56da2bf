namespace CareMatch.Payments.Contracts;

/// <summary>A bank dispute of a visit's charge, as the admin sees it.</summary>
public sealed record AdminDisputeRow(
    string DisputeId,
    Guid VisitId,
    string Reference,
    long Pence,
    string BankReason,
    DisputeState State,
    DateTimeOffset OpenedAt,
    bool CarerFoundAtFault);
