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
}
