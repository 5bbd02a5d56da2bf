using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Visits;

/// <summary>Only the visit's seeker or its carer; anyone else is told there is nothing, as if the visit had none.</summary>
internal sealed class GetVisitPaymentHandler(PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway) : IQueryHandler<GetVisitPayment, VisitPaymentView?>
{
    public async ValueTask<VisitPaymentView?> Handle(GetVisitPayment query, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireUserId();
        var payment = await db.VisitPayments.AsNoTracking()
            .SingleOrDefaultAsync(p => p.VisitId == query.VisitId && (p.SeekerUserId == me || p.CarerUserId == me), cancellationToken);
        if (payment is null) return null;
        var account = await db.PayoutAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.CarerProfileId == payment.CarerProfileId, cancellationToken);
        return VisitPaymentViews.Of(payment, account?.Schedule, !gateway.MovesRealMoney);
    }
}
