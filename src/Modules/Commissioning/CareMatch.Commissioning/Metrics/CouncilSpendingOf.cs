using CareMatch.Commissioning.Contracts;
using CareMatch.Payments.Contracts;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// Spend against a council's personal budgets, as defined on the page:
/// <list type="bullet">
/// <item><b>Agreed</b>: budgets the person agreed to, whether in use or ended (offers not yet agreed, and those turned down, hold no money).</item>
/// <item><b>Allocated, spent, committed, left</b>: summed over the agreed budgets; spent as a share of allocated.</item>
/// <item><b>Directing their own care</b>: of the agreed budgets, those with a visit drawn or booked ahead, the person having chosen and booked the carer.</item>
/// <item><b>Balance held</b>: for each budget in use, its unspent balance in weeks of the care booked ahead (Payments' <see cref="BalanceHeld"/>), counted under 4, 4 to 8 and over 8 weeks, and with none booked ahead.</item>
/// </list>
/// The balance counts and the ended budgets make up the budgets agreed, so they are suppressed as one
/// column with that total (a count of budgets in use beside it would give the ended ones away).
/// </summary>
internal static class CouncilSpendingOf
{
    public static CouncilSpendingView Of(string councilName, DateOnly today, IReadOnlyList<BudgetView> budgets)
    {
        var agreed = budgets.Where(b => b.Status is BudgetStatus.Active or BudgetStatus.Ended).ToList();
        BalanceHeld[] bands = [BalanceHeld.UnderFourWeeks, BalanceHeld.FourToEightWeeks, BalanceHeld.OverEightWeeks, BalanceHeld.NoCareBookedAhead];
        List<int> counts = [.. bands.Select(band => agreed.Count(b => b.Held == band)), agreed.Count(b => b.Held is null)];
        var hidden = SecondarySuppression.Hidden(counts);
        var held = counts.Select((count, i) => new PublishedCount(hidden[i] ? null : count)).ToList();
        var agreedCount = SmallNumbers.Count(agreed.Count);
        return new CouncilSpendingView(
            councilName,
            today,
            agreedCount,
            agreedCount.Suppressed ? null : new SpendTotals(
                agreed.Sum(b => b.AllocatedPence), agreed.Sum(b => b.SpentPence), agreed.Sum(b => b.CommittedPence), agreed.Sum(b => b.LeftPence)),
            SmallNumbers.Share(new Share(agreed.Count(b => b.SpentPence > 0 || b.CommittedPence > 0), agreed.Count)),
            held[0],
            held[1],
            held[2],
            held[3],
            held[4],
            budgets.Any(b => b.TestPayments));
    }
}
