using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Payments.Earnings;

/// <summary>
/// Which tax year a visit's pay belongs to: the one containing the UK date the carer's share was
/// sent to them (their income arises when they are paid, not when the visit was). Visits not yet
/// sent belong to no year.
/// </summary>
internal static class TaxYearCut
{
    public static UkTaxYear? YearPaid(VisitPaymentView payment) =>
        payment is { PaidToCarerAt: { } sent, Charge: not null } ? UkTaxYear.Containing(UkDateOf(sent)) : null;

    /// <summary>The visits paid in <paramref name="year"/>, in the order they were paid.</summary>
    public static IReadOnlyList<VisitPaymentView> PaidIn(UkTaxYear year, IEnumerable<VisitPaymentView> payments) =>
        payments.Where(p => YearPaid(p) == year).OrderBy(p => p.PaidToCarerAt).ToList();

    /// <summary>Each year with pay in it, and the current year even when empty, newest first.</summary>
    public static IReadOnlyList<TaxYearSummary> Summaries(IEnumerable<VisitPaymentView> payments, DateOnly today)
    {
        var paid = payments.Where(p => YearPaid(p) is not null).ToLookup(p => YearPaid(p)!.Value);
        return paid.Select(g => g.Key)
            .Append(UkTaxYear.Containing(today))
            .Distinct()
            .OrderByDescending(y => y.StartYear)
            .Select(y => new TaxYearSummary(y.ShortName, y.ToString(), paid[y].Count(), paid[y].Sum(p => p.Charge!.CarerGetsPence)))
            .ToList();
    }

    private static DateOnly UkDateOf(DateTimeOffset instant) => DateOnly.FromDateTime(UkCalendar.ToUkTime(instant).DateTime);
}
