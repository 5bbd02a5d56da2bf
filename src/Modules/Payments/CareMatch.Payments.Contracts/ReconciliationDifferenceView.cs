namespace CareMatch.Payments.Contracts;

/// <summary>A visit (<see cref="VisitId"/>) or an unknown Stripe object (<see cref="Reference"/>) whose money differs.</summary>
public sealed record ReconciliationDifferenceView(string Reference, Guid? VisitId, long LedgerPence, long StripePence);
