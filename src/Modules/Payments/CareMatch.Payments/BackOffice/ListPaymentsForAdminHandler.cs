using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Visits;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.BackOffice;

/// <summary>
/// What needs an admin first: payments with a problem or a fault Stripe keeps answering with, and
/// disputes not yet closed or lost without a finding; then the latest payments to look one up.
/// </summary>
internal sealed class ListPaymentsForAdminHandler(PaymentsDbContext db, IPaymentGateway gateway) : IQueryHandler<ListPaymentsForAdmin, AdminPayments>
{
    private const int Shown = 50;

    public async ValueTask<AdminPayments> Handle(ListPaymentsForAdmin query, CancellationToken cancellationToken)
    {
        var stuck = await db.VisitPayments.AsNoTracking()
            .Where(p => !p.Done && (p.Problem != null || p.LastError != null))
            .OrderBy(p => p.StartsAt).Take(Shown).ToListAsync(cancellationToken);
        var latest = await db.VisitPayments.AsNoTracking().OrderByDescending(p => p.StartsAt).Take(Shown).ToListAsync(cancellationToken);
        var found = (await db.VisitRefunds.AsNoTracking().Where(r => r.DisputeId != null).Select(r => r.DisputeId!).ToListAsync(cancellationToken)).ToHashSet();
        var disputes = await db.PaymentDisputes.AsNoTracking().OrderByDescending(d => d.OpenedAt).Take(Shown).ToListAsync(cancellationToken);
        return new AdminPayments(
            stuck.Select(VisitPaymentViews.RowOf).ToList(),
            disputes.Select(d => AdminDisputeRows.Of(d, found.Contains(d.DisputeId))).Where(d => d.State == DisputeState.Open || (d.State == DisputeState.Lost && !d.CarerFoundAtFault)).ToList(),
            latest.Select(VisitPaymentViews.RowOf).ToList(),
            !gateway.MovesRealMoney);
    }
}
