using CareMatch.Payments.Budgets;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Pricing;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Payments.Visits;

/// <summary>
/// Moves one visit's money as far as it can go now: hold, capture, transfer, or release. Each
/// step is saved (with its ledger entries) before the next begins; a hold's key is saved before
/// Stripe is asked. A fault leaves the step to be repeated with the same key; a save that loses
/// to another worker leaves the payment to the winner.
/// </summary>
internal sealed class VisitPaymentSteps(
    PaymentsDbContext db, IPaymentGateway gateway, Books books, FundingBudgets budgets, FeeSettings fees, IClock clock, ILogger<VisitPaymentSteps> logger)
{
    public async Task AdvanceAsync(Guid visitId, CancellationToken cancellationToken)
    {
        while (true)
        {
            db.ChangeTracker.Clear();
            var payment = await db.VisitPayments.SingleAsync(p => p.VisitId == visitId, cancellationToken);
            var step = payment.NextStep;
            try
            {
                if (step == NextPaymentStep.None || !await TakeAsync(payment, step, cancellationToken)) return;
            }
            catch (DbUpdateConcurrencyException)
            {
                return;
            }
            catch (Exception fault) when (fault is not OperationCanceledException)
            {
                logger.LogError(fault, "Visit {VisitId}: the {Step} step failed; it is repeated with the same key", visitId, step);
                await RecordFaultAsync(visitId, fault, cancellationToken);
                return;
            }
        }
    }

    private async Task<bool> TakeAsync(VisitPayment payment, NextPaymentStep step, CancellationToken cancellationToken) => step switch
    {
        NextPaymentStep.Hold => await HoldAsync(payment, cancellationToken),
        NextPaymentStep.Capture => await CaptureAsync(payment, cancellationToken),
        NextPaymentStep.Transfer => await TransferAsync(payment, cancellationToken),
        NextPaymentStep.Release => await ReleaseAsync(payment, cancellationToken),
        NextPaymentStep.Close => await CloseAsync(payment, cancellationToken),
        _ => false,
    };

    private async Task<bool> HoldAsync(VisitPayment payment, CancellationToken cancellationToken)
    {
        if (await budgets.ForAsync(payment.SeekerUserId, payment.VisitDay, cancellationToken) is { } budget)
        {
            payment.HeldByBudget(budget.Id, payment.PenceToHold(fees), clock.UtcNow);
            await SaveAsync(payment, cancellationToken);
            return true;
        }

        var customer = await db.PaymentCustomers.AsNoTracking().SingleOrDefaultAsync(c => c.SeekerUserId == payment.SeekerUserId, cancellationToken);
        if (customer?.PaymentMethodId is not { } card)
        {
            PaymentAttention.TellIfNew(db, payment, PaymentProblem.NoCard, clock.UtcNow);
            payment.CouldNotHold(PaymentProblem.NoCard, null, clock.UtcNow + VisitMoneyTerms.RetryAfterProblem);
            await SaveAsync(payment, cancellationToken);
            return false;
        }

        var key = payment.HoldAttemptKey();
        var pence = payment.PenceToHold(fees);
        await SaveAsync(payment, cancellationToken);
        var answer = await gateway.AuthoriseAsync(new HoldRequest(customer.GatewayCustomerId, card, pence, Visit(payment)), key, cancellationToken);
        if (answer is { Result: AuthorisationResult.Held, HoldId: { } holdId })
        {
            books.Record(payment.Held(holdId, pence, clock.UtcNow));
            await SaveAsync(payment, cancellationToken);
            return true;
        }

        var problem = answer.Result == AuthorisationResult.NeedsTheSeeker ? PaymentProblem.BankWantsTheSeeker : PaymentProblem.CardDeclined;
        PaymentAttention.TellIfNew(db, payment, problem, clock.UtcNow);
        payment.CouldNotHold(problem, answer.DeclineCode, clock.UtcNow + VisitMoneyTerms.RetryAfterProblem);
        await SaveAsync(payment, cancellationToken);
        return false;
    }

    private async Task<bool> CaptureAsync(VisitPayment payment, CancellationToken cancellationToken)
    {
        var charge = payment.Charge!;
        if (payment.FundedByBudget)
        {
            books.Record(payment.DrawnFromBudget(clock.UtcNow));
            db.BudgetDraws.Add(BudgetDraw.For(payment.VisitId, payment.BudgetId!.Value, charge.SeekerPaysPence, clock.UtcNow));
            await SaveAsync(payment, cancellationToken);
            return true;
        }
        var chargeId = await gateway.CaptureAsync(payment.HoldId!, charge.SeekerPaysPence, payment.CaptureKey, cancellationToken);
        books.Record(payment.Captured(chargeId, clock.UtcNow));
        await SaveAsync(payment, cancellationToken);
        return true;
    }

    private async Task<bool> TransferAsync(VisitPayment payment, CancellationToken cancellationToken)
    {
        var account = await db.PayoutAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.CarerProfileId == payment.CarerProfileId, cancellationToken);
        if (account is not { PayoutsEnabled: true })
        {
            PaymentAttention.TellIfNew(db, payment, PaymentProblem.CarerCannotBePaid, clock.UtcNow);
            payment.Blocked(PaymentProblem.CarerCannotBePaid, clock.UtcNow + VisitMoneyTerms.RetryAfterProblem);
            await SaveAsync(payment, cancellationToken);
            return false;
        }

        // A budget-funded visit has no charge to tie the transfer to: it is paid from the platform's balance, as Stripe allows.
        var transfer = new TransferRequest(account.GatewayAccountId, payment.Charge!.CarerGetsPence, payment.FundedByBudget ? null : payment.ChargeId, Visit(payment));
        var transferId = await gateway.TransferAsync(transfer, payment.TransferKey, cancellationToken);
        books.Record(payment.PaidToCarer(transferId, account.CarerUserId, clock.UtcNow));
        await SaveAsync(payment, cancellationToken);
        return false;
    }

    private async Task<bool> ReleaseAsync(VisitPayment payment, CancellationToken cancellationToken)
    {
        if (!payment.FundedByBudget) await gateway.ReleaseAsync(payment.HoldId!, payment.ReleaseKey, cancellationToken);
        books.Record(payment.Released(clock.UtcNow));
        await SaveAsync(payment, cancellationToken);
        return false;
    }

    private async Task<bool> CloseAsync(VisitPayment payment, CancellationToken cancellationToken)
    {
        books.Record(payment.Released(clock.UtcNow));
        await SaveAsync(payment, cancellationToken);
        return false;
    }

    private async Task RecordFaultAsync(Guid visitId, Exception fault, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var payment = await db.VisitPayments.SingleAsync(p => p.VisitId == visitId, cancellationToken);
        payment.Faulted(fault.Message, clock.UtcNow + VisitMoneyTerms.RetryAfterFault);
        try
        {
            await SaveAsync(payment, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another worker moved it on meanwhile: its record stands.
        }
    }

    private async Task SaveAsync(VisitPayment payment, CancellationToken cancellationToken)
    {
        payment.Stamp();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Visit(VisitPayment payment) => payment.VisitId.ToString();
}
