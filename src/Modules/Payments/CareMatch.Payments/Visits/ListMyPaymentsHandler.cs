using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Visits;

/// <summary>The signed-in person's own visit payments: as the seeker who pays, or the carer who is paid.</summary>
internal sealed class ListMyPaymentsHandler(PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway) : IQueryHandler<ListMyPayments, IReadOnlyList<VisitPaymentView>>
{
    public async ValueTask<IReadOnlyList<VisitPaymentView>> Handle(ListMyPayments query, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireUserId();
        var payments = await db.VisitPayments.AsNoTracking()
            .Where(p => p.SeekerUserId == me || p.CarerUserId == me)
            .ToListAsync(cancellationToken);
        var carers = payments.Select(p => p.CarerProfileId).Distinct().ToList();
        var schedules = await db.PayoutAccounts.AsNoTracking()
            .Where(a => carers.Contains(a.CarerProfileId))
            .ToDictionaryAsync(a => a.CarerProfileId, cancellationToken);
        return payments
            .OrderByDescending(p => p.StartsAt)
            .Select(p => VisitPaymentViews.Of(p, schedules.TryGetValue(p.CarerProfileId, out var account) ? account.Schedule : null, !gateway.MovesRealMoney))
            .ToList();
    }
}
