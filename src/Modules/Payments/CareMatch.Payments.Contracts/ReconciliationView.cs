namespace CareMatch.Payments.Contracts;

/// <summary>
/// When the books were last compared with Stripe's balance, how much was compared, and every
/// reference whose money differs. <see cref="TestPayments"/>: no money moves, nothing to compare.
/// </summary>
public sealed record ReconciliationView(
    DateTimeOffset RanAt,
    bool TestPayments,
    int MovementsRead,
    int ReferencesChecked,
    IReadOnlyList<ReconciliationDifferenceView> Differences);
