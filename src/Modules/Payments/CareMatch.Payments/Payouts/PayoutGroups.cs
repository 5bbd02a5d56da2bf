using CareMatch.Payments.Contracts;

namespace CareMatch.Payments.Payouts;

/// <summary>
/// A carer's sent pay by the day it should reach their bank. A day from today on is still on its
/// way (soonest first); an earlier day is paid (newest first). Money under manual payouts has no
/// day and stays on its way until the carer asks Stripe for it. Visits not sent yet are in no payout.
/// </summary>
internal static class PayoutGroups
{
    public static (IReadOnlyList<PayoutDay> OnItsWay, IReadOnlyList<PayoutDay> Paid) Of(IEnumerable<VisitPaymentView> payments, DateOnly today)
    {
        var days = payments
            .Where(p => p is { PaidToCarerAt: not null, Charge: not null })
            .GroupBy(p => p.ExpectedInBank)
            .Select(g => new PayoutDay(g.Key, g.OrderBy(p => p.StartsAt).Select(p => new PayoutVisit(p.VisitId, p.Reference, p.StartsAt, p.Charge!.CarerGetsPence)).ToList()))
            .ToList();
        var onItsWay = days.Where(d => d.ExpectedInBank is null || d.ExpectedInBank >= today)
            .OrderBy(d => d.ExpectedInBank ?? DateOnly.MaxValue)
            .ToList();
        var paid = days.Where(d => d.ExpectedInBank < today)
            .OrderByDescending(d => d.ExpectedInBank)
            .ToList();
        return (onItsWay, paid);
    }
}
