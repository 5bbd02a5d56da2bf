using CareMatch.Payments.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Reconciliation;

/// <summary>
/// Which visit a balance transaction belongs to, from the Stripe id of what caused it: a capture's
/// charge, the carer's transfer, an admin's refund or reversal; or which council invoice, from the
/// charge its payment came in by. Null when we made no such call.
/// </summary>
internal sealed class MovementReferences(PaymentsDbContext db)
{
    public async Task<string?> OfAsync(string type, string sourceId, CancellationToken cancellationToken)
    {
        if (type is "charge" or "payment"
            && await db.CouncilInvoices.Where(i => i.PaymentChargeId == sourceId).Select(i => i.Number).SingleOrDefaultAsync(cancellationToken) is { } invoice)
        {
            return invoice;
        }
        Guid? visit = type switch
        {
            "charge" or "payment" => await db.VisitPayments.Where(p => p.ChargeId == sourceId).Select(p => (Guid?)p.VisitId).SingleOrDefaultAsync(cancellationToken),
            "transfer" => await db.VisitPayments.Where(p => p.TransferId == sourceId).Select(p => (Guid?)p.VisitId).SingleOrDefaultAsync(cancellationToken),
            "refund" or "payment_refund" => await db.VisitRefunds.Where(r => r.RefundId == sourceId).Select(r => (Guid?)r.VisitId).SingleOrDefaultAsync(cancellationToken),
            "transfer_refund" => await db.VisitRefunds.Where(r => r.ReversalId == sourceId).Select(r => (Guid?)r.VisitId).SingleOrDefaultAsync(cancellationToken),
            _ => null,
        };
        return visit?.ToString();
    }
}
