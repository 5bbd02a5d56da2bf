namespace CareMatch.Payments.Contracts;

/// <summary>
/// A personal budget and where it stands today: <see cref="AllocatedPence"/> (the periods begun so
/// far), <see cref="CommittedPence"/> (visits booked ahead, at their planned cost),
/// <see cref="SpentPence"/> (visits drawn) and <see cref="LeftPence"/> (allocated less spent and
/// committed). <see cref="WeekOfCarePence"/> is a week of the care booked ahead (a quarter of the
/// next 4 weeks'), and <see cref="Held"/> how many such weeks the unspent balance would pay for
/// (null unless the budget is in use). <see cref="Number"/> is ours ("PB-…"); <see cref="CaseReference"/> the council's.
/// </summary>
public sealed record BudgetView(
    Guid Id,
    string Number,
    string CaseReference,
    string CouncilName,
    long AmountPerPeriodPence,
    DateOnly StartsOn,
    DateOnly EndsOn,
    BudgetStatus Status,
    long AllocatedPence,
    long CommittedPence,
    long SpentPence,
    long LeftPence,
    BudgetWarning Warning,
    long WeekOfCarePence,
    BalanceHeld? Held,
    bool TestPayments);
