using CareMatch.Bookings.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Visits;

/// <summary>Finds a visit's payment, or opens it (the carer's user is known from their payout account), tracked for the caller to save.</summary>
internal sealed class VisitPayments(PaymentsDbContext db, IClock clock)
{
    public async Task<VisitPayment> FindOrOpenAsync(VisitForPayment visit, CancellationToken cancellationToken)
    {
        var payment = await db.VisitPayments.SingleOrDefaultAsync(p => p.VisitId == visit.VisitId, cancellationToken);
        if (payment is not null) return payment;
        payment = VisitPayment.For(visit, await CarerUserIdAsync(visit.CarerProfileId, cancellationToken), clock.UtcNow);
        db.VisitPayments.Add(payment);
        return payment;
    }

    private async Task<string> CarerUserIdAsync(Guid carerProfileId, CancellationToken cancellationToken) =>
        await db.PayoutAccounts.Where(a => a.CarerProfileId == carerProfileId).Select(a => a.CarerUserId).SingleOrDefaultAsync(cancellationToken) ?? "";
}
