using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Visits;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.BackOffice;

internal sealed class GetPaymentForAdminHandler(PaymentsDbContext db, IPaymentGateway gateway) : IQueryHandler<GetPaymentForAdmin, AdminPaymentDetail?>
{
    public async ValueTask<AdminPaymentDetail?> Handle(GetPaymentForAdmin query, CancellationToken cancellationToken)
    {
        var payment = await db.VisitPayments.AsNoTracking().SingleOrDefaultAsync(p => p.VisitId == query.VisitId, cancellationToken);
        if (payment is null) return null;
        var account = await db.PayoutAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.CarerProfileId == payment.CarerProfileId, cancellationToken);
        var refunds = await db.VisitRefunds.AsNoTracking().Where(r => r.VisitId == payment.VisitId).OrderBy(r => r.DecidedAt).ToListAsync(cancellationToken);
        var disputes = await db.PaymentDisputes.AsNoTracking().Where(d => d.VisitId == payment.VisitId).OrderBy(d => d.OpenedAt).ToListAsync(cancellationToken);
        var found = refunds.Where(r => r.DisputeId != null).Select(r => r.DisputeId!).ToHashSet();
        return new AdminPaymentDetail(
            VisitPaymentViews.Of(payment, account?.Schedule, !gateway.MovesRealMoney),
            payment.RefundedPence,
            payment.ReversedPence,
            payment.RefundablePence,
            payment.LastError,
            refunds.Select(r => new AdminRefundRow(r.DecidedAt, r.RefundPence, r.ReversalPence, r.Reason, r.CarerAtFault, r.DisputeId is not null, r.Done, r.LastError)).ToList(),
            disputes.Select(d => AdminDisputeRows.Of(d, found.Contains(d.DisputeId))).ToList());
    }
}
