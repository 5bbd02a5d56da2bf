using CareMatch.Payments.Contracts;

namespace CareMatch.Payments.Budgets;

/// <summary>
/// A council's personal budget for one seeker: an amount every 4 weeks between two dates, under
/// the council's own case reference. It funds nothing until the seeker agrees; then their visits
/// within its dates draw on it instead of their card.
/// </summary>
internal sealed class PersonalBudget
{
    public const int PeriodDays = 28;

    private PersonalBudget()
    {
    }

    public Guid Id { get; private set; }

    public Guid CouncilId { get; private set; }

    /// <summary>Kept with the budget so the seeker's page can name who funds them without asking another module.</summary>
    public string CouncilName { get; private set; } = "";

    public string SeekerUserId { get; private set; } = "";

    public string CaseReference { get; private set; } = "";

    public long AmountPerPeriodPence { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public string OfferedByUserId { get; private set; } = "";

    public DateTimeOffset OfferedAt { get; private set; }

    public DateTimeOffset? AgreedAt { get; private set; }

    public DateTimeOffset? DeclinedAt { get; private set; }

    public string Number => $"PB-{Id.ToString("N")[..8].ToUpperInvariant()}";

    public static PersonalBudget Offered(
        Guid councilId, string councilName, string seekerUserId, string caseReference, long amountPerPeriodPence,
        DateOnly startsOn, DateOnly endsOn, string offeredByUserId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        CouncilId = councilId,
        CouncilName = councilName,
        SeekerUserId = seekerUserId,
        CaseReference = caseReference,
        AmountPerPeriodPence = amountPerPeriodPence,
        StartsOn = startsOn,
        EndsOn = endsOn,
        OfferedByUserId = offeredByUserId,
        OfferedAt = now,
    };

    public BudgetStatus StatusOn(DateOnly today) => this switch
    {
        { DeclinedAt: not null } => BudgetStatus.Declined,
        _ when today > EndsOn => BudgetStatus.Ended,
        { AgreedAt: not null } => BudgetStatus.Active,
        _ => BudgetStatus.Offered,
    };

    public bool Funds(DateOnly day) => AgreedAt is not null && DeclinedAt is null && day >= StartsOn && day <= EndsOn;

    public bool Overlaps(DateOnly startsOn, DateOnly endsOn) => DeclinedAt is null && startsOn <= EndsOn && endsOn >= StartsOn;

    public void Agree(DateTimeOffset now) => AgreedAt ??= now;

    public void Decline(DateTimeOffset now) => DeclinedAt ??= now;

}
