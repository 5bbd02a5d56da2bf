using CareMatch.Payments.Contracts;
using CareMatch.Payments.Payouts;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Visits;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Earnings;

/// <summary>
/// The visit payments of one carer, and only theirs (the id comes from the sign-in, as the
/// handlers pass it), newest visit first, with payout dates from that carer's schedule.
/// </summary>
internal static class CarersOwnPayments
{
    public static async Task<IReadOnlyList<VisitPaymentView>> ListAsync(
        PaymentsDbContext db, string carerUserId, PayoutSchedule? schedule, bool testPayments, CancellationToken cancellationToken)
    {
        var payments = await db.VisitPayments.AsNoTracking()
            .Where(p => p.CarerUserId == carerUserId)
            .ToListAsync(cancellationToken);
        return payments
            .OrderByDescending(p => p.StartsAt)
            .Select(p => VisitPaymentViews.Of(p, schedule, testPayments))
            .ToList();
    }
}
