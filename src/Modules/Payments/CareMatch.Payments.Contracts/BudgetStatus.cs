namespace CareMatch.Payments.Contracts;

public enum BudgetStatus
{
    /// <summary>Offered by the council, waiting for the seeker to agree.</summary>
    Offered,

    /// <summary>Agreed: the seeker's visits in its dates draw on it instead of a card.</summary>
    Active,

    Declined,

    /// <summary>Past its end date.</summary>
    Ended,
}
