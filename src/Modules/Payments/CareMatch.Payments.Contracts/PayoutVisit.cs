namespace CareMatch.Payments.Contracts;

/// <summary>One visit in a payout: which visit, and what the carer gets for it after commission and its VAT.</summary>
public sealed record PayoutVisit(Guid VisitId, string Reference, DateTimeOffset StartsAt, long NetPence);
