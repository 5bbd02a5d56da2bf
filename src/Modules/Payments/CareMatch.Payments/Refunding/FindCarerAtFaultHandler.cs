using CareMatch.Payments.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using CareMatch.SharedKernel.Values;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Refunding;

/// <summary>
/// A lost dispute, and an admin finds the carer at fault: the carer's share of what the bank took
/// back is reversed. Once per dispute; the seeker is refunded nothing more, their bank already did.
/// </summary>
internal sealed class FindCarerAtFaultHandler(PaymentsDbContext db, RefundDecisions decisions, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<FindCarerAtFault>
{
    public async ValueTask<Unit> Handle(FindCarerAtFault command, CancellationToken cancellationToken)
    {
        var dispute = await db.PaymentDisputes.AsNoTracking().SingleOrDefaultAsync(d => d.DisputeId == command.DisputeId, cancellationToken)
            ?? throw Refusal.Whole("There is no such dispute");
        if (dispute.Status != "lost") throw Refusal.Whole("Only a lost dispute can be put down to the carer");
        if (await db.VisitRefunds.AnyAsync(r => r.DisputeId == dispute.DisputeId, cancellationToken)) throw Refusal.Whole("The carer has already been found at fault for this dispute");
        var payment = await db.VisitPayments.AsNoTracking().SingleAsync(p => p.VisitId == dispute.VisitId, cancellationToken);
        var reversal = CarersShare.Of(payment, dispute.Pence);
        if (reversal <= 0) throw Refusal.Whole("Nothing is left of the carer's share to take back");

        var decision = VisitRefund.Decided(payment.VisitId, 0, reversal, command.Reason!.Trim(), true, dispute.DisputeId, currentUser.RequireUserId(), clock.UtcNow);
        await decisions.TakeAsync(decision, AuditAction.CarerFoundAtFault, payment.CarerUserId,
            $"{payment.Reference}: dispute {dispute.DisputeId}, {new Money(reversal)} taken back from the carer", cancellationToken);
        return Unit.Value;
    }
}
