namespace CareMatch.Payments.Contracts;

/// <summary>
/// A personal budget and where it stands today: <see cref="AllocatedPence"/> (the periods begun so
/// far), <see cref="CommittedPence"/> (visits booked ahead, at their planned cost),
/// <see cref="SpentPence"/> (visits drawn) and <see cref="LeftPence"/> (allocated less spent and
/// committed). <see cref="Number"/> is ours ("PB-…"); <see cref="CaseReference"/> the council's.
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
    bool TestPayments);
