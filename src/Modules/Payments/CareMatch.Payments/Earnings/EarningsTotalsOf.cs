using CareMatch.Payments.Contracts;

namespace CareMatch.Payments.Earnings;

/// <summary>The totals line of an earnings download: each column summed over the visits that have a charge.</summary>
internal static class EarningsTotalsOf
{
    public static EarningsTotals Visits(IEnumerable<VisitPaymentView> payments)
    {
        var charged = payments.Where(p => p.Charge is not null).ToList();
        var charges = charged.Select(p => p.Charge!).ToList();
        return new EarningsTotals(
            charges.Sum(c => c.Hours),
            charges.Sum(c => c.CarePence),
            charges.Sum(c => c.CommissionPence),
            charges.Sum(c => c.CommissionVatPence),
            charges.Sum(c => c.CarerGetsPence),
            charged.Sum(p => p.TakenBackFromCarerPence));
    }
}
