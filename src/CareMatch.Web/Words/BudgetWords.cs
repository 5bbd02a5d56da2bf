using CareMatch.Payments.Contracts;

namespace CareMatch.Web.Words;

#pragma warning disable CS8524 // see CareRequestWords: every value is named, numbers outside the enum never reach a page

/// <summary>A personal budget's states and warnings, in the words commissioners and seekers read.</summary>
public static class BudgetWords
{
    public static string Of(BudgetStatus status) => status switch
    {
        BudgetStatus.Offered => "Waiting for agreement",
        BudgetStatus.Active => "In use",
        BudgetStatus.Declined => "Turned down",
        BudgetStatus.Ended => "Ended",
    };

    public static string Of(BudgetWarning warning) => warning switch
    {
        BudgetWarning.None => "No warning",
        BudgetWarning.MoreThanEightWeeksUnspent => "More than 8 weeks of the care planned is unspent",
        BudgetWarning.RunsOutWithinTwoWeeks => "Runs out within 2 weeks at the care planned",
    };

    public static string Of(BalanceHeld held) => held switch
    {
        BalanceHeld.UnderFourWeeks => "Under 4 weeks: check",
        BalanceHeld.FourToEightWeeks => "4 to 8 weeks",
        BalanceHeld.OverEightWeeks => "Over 8 weeks: check",
        BalanceHeld.NoCareBookedAhead => "No care booked ahead: check",
    };

    /// <summary>
    /// The unspent balance in weeks of the care booked ahead, rounded down to the half week (so it
    /// never reads as inside 4 to 8 weeks when it is not); nothing for a budget not in use;
    /// "None booked" when there is no care ahead to count it in.
    /// </summary>
    public static string Held(BudgetView budget)
    {
        if (budget.Held is null) return "";
        if (budget.Held == BalanceHeld.NoCareBookedAhead) return "None booked";
        var weeks = Math.Floor(2.0 * (budget.AllocatedPence - budget.SpentPence) / budget.WeekOfCarePence) / 2;
        return budget.Held == BalanceHeld.OverEightWeeks && weeks <= 8
            ? "Just over 8 weeks"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{weeks:0.#} weeks");
    }
}
