using CareMatch.Payments.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using CareMatch.SharedKernel.Values;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Refunding;

/// <summary>
/// Up to what is left of the charge, one refund at a time (a second while one is being made could
/// pass the limit).
/// </summary>
internal sealed class RefundVisitPaymentHandler(PaymentsDbContext db, RefundDecisions decisions, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<RefundVisitPayment>
{
    public async ValueTask<Unit> Handle(RefundVisitPayment command, CancellationToken cancellationToken)
    {
        var payment = await db.VisitPayments.AsNoTracking().SingleOrDefaultAsync(p => p.VisitId == command.VisitId, cancellationToken)
            ?? throw Refusal.Whole("There is no payment for this visit");
        if (payment.RefundablePence <= 0) throw Refusal.Whole("Nothing is left to refund on this visit");
        if (await db.VisitRefunds.AnyAsync(r => r.VisitId == payment.VisitId && !r.Done, cancellationToken))
        {
            throw Refusal.Whole("A refund for this visit is still being made. Wait for it to finish, then refund more if needed");
        }
        var amount = PoundsInput.Read(command.Amount, RefundVisitPaymentValidator.AmountLabel, new Money(1), new Money(payment.RefundablePence));
        if (amount.Error is { } wrong) throw Refusal.At(nameof(command.Amount), wrong);

        var pence = amount.Value.Pence;
        var carerAtFault = command.CarerAtFault!.Value;
        var reversal = carerAtFault ? CarersShare.Of(payment, pence) : 0;
        var refund = VisitRefund.Decided(payment.VisitId, pence, reversal, command.Reason!.Trim(), carerAtFault, null, currentUser.RequireUserId(), clock.UtcNow);
        await decisions.TakeAsync(refund, carerAtFault ? AuditAction.CarerFoundAtFault : AuditAction.PaymentRefundedByAdmin, payment.SeekerUserId,
            $"{payment.Reference}: {new Money(pence)} refunded, {new Money(reversal)} taken back from the carer", cancellationToken);
        return Unit.Value;
    }
}
