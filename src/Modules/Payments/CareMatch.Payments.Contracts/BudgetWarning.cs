namespace CareMatch.Payments.Contracts;

/// <summary>What a commissioner is warned of: too much held unspent, or too little left for the care planned.</summary>
public enum BudgetWarning
{
    None,

    /// <summary>The unspent balance is more than 8 weeks of the care planned.</summary>
    MoreThanEightWeeksUnspent,

    /// <summary>At the care planned, the balance runs out within 2 weeks.</summary>
    RunsOutWithinTwoWeeks,
}
