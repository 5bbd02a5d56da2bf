using CareMatch.Payments.Contracts;

namespace CareMatch.Payments.Budgets;

/// <summary>
/// A budget's figures on a day. Allocated: the amount for each 4-week period begun so far (the
/// council tops it up at the start of each). Unspent: allocated less spent. Left: unspent less what
/// booked visits ahead will cost. The warnings use the care planned: more than 8 weeks of it
/// unspent (a week's care being a quarter of the next 4 weeks'), or, with the top-ups due, not
/// enough for the next 2 weeks' visits. The balance held is the unspent amount in weeks of that
/// care, from 4 to 8 weeks being what a council looks for.
/// </summary>
internal static class BudgetFigures
{
    public static int PeriodsBegun(PersonalBudget budget, DateOnly day)
    {
        if (day < budget.StartsOn) return 0;
        var last = day < budget.EndsOn ? day : budget.EndsOn;
        return (last.DayNumber - budget.StartsOn.DayNumber) / PersonalBudget.PeriodDays + 1;
    }

    public static long AllocatedOn(PersonalBudget budget, DateOnly day) => PeriodsBegun(budget, day) * budget.AmountPerPeriodPence;

    public static BudgetWarning WarningOn(PersonalBudget budget, DateOnly today, long unspentPence, IReadOnlyList<(DateOnly Day, long Pence)> planned)
    {
        var nextTwoWeeks = planned.Where(p => p.Day >= today && p.Day < today.AddDays(14)).Sum(p => p.Pence);
        var toppedUp = AllocatedOn(budget, today.AddDays(13)) - AllocatedOn(budget, today);
        if (nextTwoWeeks > unspentPence + toppedUp) return BudgetWarning.RunsOutWithinTwoWeeks;
        return unspentPence > 8 * WeekOfCarePence(today, planned) ? BudgetWarning.MoreThanEightWeeksUnspent : BudgetWarning.None;
    }

    /// <summary>A quarter of the next 4 weeks' care booked ahead.</summary>
    public static long WeekOfCarePence(DateOnly today, IReadOnlyList<(DateOnly Day, long Pence)> planned) =>
        planned.Where(p => p.Day >= today && p.Day < today.AddDays(28)).Sum(p => p.Pence) / 4;

    public static BalanceHeld HeldOn(DateOnly today, long unspentPence, IReadOnlyList<(DateOnly Day, long Pence)> planned) =>
        WeekOfCarePence(today, planned) switch
        {
            0 => BalanceHeld.NoCareBookedAhead,
            var week when unspentPence < 4 * week => BalanceHeld.UnderFourWeeks,
            var week when unspentPence > 8 * week => BalanceHeld.OverEightWeeks,
            _ => BalanceHeld.FourToEightWeeks,
        };
}
