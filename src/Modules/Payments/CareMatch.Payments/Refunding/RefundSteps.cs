using CareMatch.Payments.Budgets;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Visits;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Payments.Refunding;

/// <summary>
/// Carries out a refund decision: the refund on the seeker's charge (or, for a visit paid from a
/// personal budget, a credit back to the budget), then (when the carer was at
/// fault) the reversal of their share, each saved with its ledger entry before the next. The totals
/// on the visit's payment only ever rise to what is known, so Stripe's charge.refunded and
/// transfer.reversed events, arriving before or after, never count the same money twice. A fault
/// is kept and the step repeated later with the same key.
/// </summary>
internal sealed class RefundSteps(PaymentsDbContext db, IPaymentGateway gateway, Books books, IClock clock, ILogger<RefundSteps> logger)
{
    private const int Attempts = 3;

    public async Task CarryOutAsync(Guid refundId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                await TakeStepsAsync(refundId, cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // One of Stripe's events moved the payment on meanwhile: read it again; the keys make the calls safe to repeat.
            }
            catch (Exception fault) when (fault is not OperationCanceledException and not DbUpdateConcurrencyException)
            {
                logger.LogError(fault, "Refund {RefundId} failed; it is repeated with the same key", refundId);
                await RecordFaultAsync(refundId, fault, cancellationToken);
                return;
            }
        }
    }

    private async Task TakeStepsAsync(Guid refundId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var refund = await db.VisitRefunds.SingleAsync(r => r.Id == refundId, cancellationToken);
        var payment = await db.VisitPayments.SingleAsync(p => p.VisitId == refund.VisitId, cancellationToken);
        if (refund.NeedsRefund)
        {
            refund.Refunded(payment.BudgetId is { } budgetId
                ? CreditToBudget(refund, budgetId)
                : await gateway.RefundAsync(payment.HoldId!, refund.RefundPence, refund.RefundKey, cancellationToken));
            books.Record(payment.RefundedUpTo((await CarriedOutAsync(refund, cancellationToken)).Where(r => r.RefundId != null).Sum(r => r.RefundPence)));
            await SaveAsync(payment, cancellationToken);
        }
        if (refund.NeedsReversal)
        {
            refund.Reversed(await gateway.ReverseTransferAsync(payment.TransferId!, refund.ReversalPence, refund.ReversalKey, cancellationToken));
            books.Record(payment.ReversedUpTo((await CarriedOutAsync(refund, cancellationToken)).Where(r => r.ReversalId != null).Sum(r => r.ReversalPence)));
            await SaveAsync(payment, cancellationToken);
        }
    }

    /// <summary>A budget-funded visit's refund goes back to the budget, and off the council's next invoice; no card is involved.</summary>
    private string CreditToBudget(VisitRefund refund, Guid budgetId)
    {
        db.BudgetCredits.Add(BudgetCredit.For(refund.Id, refund.VisitId, budgetId, refund.RefundPence, clock.UtcNow));
        return $"budget-credit:{refund.Id:N}";
    }

    /// <summary>Every decision for the visit as Stripe has carried it out so far: this one as it stands now, the others as saved.</summary>
    private async Task<List<VisitRefund>> CarriedOutAsync(VisitRefund refund, CancellationToken cancellationToken) =>
        [refund, .. await db.VisitRefunds.AsNoTracking().Where(r => r.VisitId == refund.VisitId && r.Id != refund.Id).ToListAsync(cancellationToken)];

    private async Task SaveAsync(VisitPayment payment, CancellationToken cancellationToken)
    {
        payment.Stamp();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RecordFaultAsync(Guid refundId, Exception fault, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var refund = await db.VisitRefunds.SingleAsync(r => r.Id == refundId, cancellationToken);
        refund.Faulted(fault.Message, clock.UtcNow + VisitMoneyTerms.RetryAfterFault);
        await db.SaveChangesAsync(cancellationToken);
    }
}
