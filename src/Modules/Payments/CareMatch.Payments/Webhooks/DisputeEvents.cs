using CareMatch.Payments.Disputes;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace CareMatch.Payments.Webhooks;

/// <summary>charge.dispute.*: the first event about a dispute opens its case, later ones (in any order) bring it up to date.</summary>
internal sealed class DisputeEvents(PaymentsDbContext db, Books books, IClock clock)
{
    public async Task<bool> ApplyAsync(Dispute dispute, DateTimeOffset eventCreated, CancellationToken cancellationToken)
    {
        var visitId = await db.VisitPayments.Where(p => p.ChargeId == dispute.ChargeId).Select(p => (Guid?)p.VisitId).SingleOrDefaultAsync(cancellationToken);
        if (visitId is null) return false;
        var known = await db.PaymentDisputes.SingleOrDefaultAsync(d => d.DisputeId == dispute.Id, cancellationToken);
        if (known is null)
        {
            known = PaymentDispute.Open(dispute.Id, visitId.Value, dispute.ChargeId, clock.UtcNow);
            db.PaymentDisputes.Add(known);
        }
        books.Record(known.Report(dispute.Status, dispute.Amount, dispute.Reason ?? "", eventCreated));
        return true;
    }
}
