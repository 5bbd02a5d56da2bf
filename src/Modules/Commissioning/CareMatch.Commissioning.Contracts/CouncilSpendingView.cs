namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// A council's personal budgets as of <see cref="Today"/>, as published: any count from 1 to 4 is
/// suppressed, and so is anything from which one could be worked out.
/// <see cref="Agreed"/>: budgets the person agreed to (in use or ended); <see cref="Totals"/> sums
/// them (null while the number agreed is suppressed, as the sums would then describe so few people).
/// <see cref="DirectingOwnCare"/>: of those, the people who chose and booked a carer with their budget.
/// The balance held, for the budgets in use: how many are under 4, from 4 to 8 and over 8 weeks of
/// their care booked ahead, and how many have none booked ahead; with <see cref="Ended"/> they make up
/// <see cref="Agreed"/>.
/// </summary>
public sealed record CouncilSpendingView(
    string CouncilName,
    DateOnly Today,
    PublishedCount Agreed,
    SpendTotals? Totals,
    PublishedShare DirectingOwnCare,
    PublishedCount HeldUnderFourWeeks,
    PublishedCount HeldFourToEightWeeks,
    PublishedCount HeldOverEightWeeks,
    PublishedCount NoCareBookedAhead,
    PublishedCount Ended,
    bool TestPayments);
