using CareMatch.Bookings.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Payments.Visits;

/// <summary>
/// Every minute: opens a payment for each visit starting within <see cref="VisitMoneyTerms.HoldAhead"/>,
/// gives back holds of visits that did not happen, and moves every payment that is due as far as
/// it can go (hold, capture, transfer, release), and carries on refunds a fault interrupted. Nothing is dropped: a payment that cannot move
/// now keeps its problem and its next try.
/// </summary>
internal sealed class VisitMoneyTask(
    IModuleSender sender, PaymentsDbContext db, VisitPayments payments, VisitPaymentSteps steps, Refunding.RefundSteps refunds, IClock clock,
    ILogger<VisitMoneyTask> logger)
    : IScheduledTask
{
    public const string JobId = "payments-visit-money";

    private const int BatchSize = 500;

    public string Id => JobId;

    public string Cron => "* * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var opened = await OpenUpcomingAsync(cancellationToken);
        await ReleaseVisitsThatDidNotHappenAsync(cancellationToken);
        var now = clock.UtcNow;
        var due = await db.VisitPayments.AsNoTracking()
            .Where(p => !p.Done && p.NextAttemptAt <= now)
            .OrderBy(p => p.NextAttemptAt)
            .Select(p => p.VisitId)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var visitId in due) await steps.AdvanceAsync(visitId, cancellationToken);
        var refundsDue = await db.VisitRefunds.AsNoTracking()
            .Where(r => !r.Done && r.NextAttemptAt <= now)
            .Select(r => r.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var refundId in refundsDue) await refunds.CarryOutAsync(refundId, cancellationToken);
        logger.LogInformation("Visit money: {Opened} payments opened, {Due} moved on", opened, due.Count);
    }

    private async Task<int> OpenUpcomingAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var upcoming = await sender.Send(new ListVisitsToSecure(now, now + VisitMoneyTerms.HoldAhead), cancellationToken);
        var ids = upcoming.Select(v => v.VisitId).ToList();
        var known = (await db.VisitPayments.AsNoTracking().Where(p => ids.Contains(p.VisitId)).Select(p => p.VisitId).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = upcoming.Where(v => !known.Contains(v.VisitId)).ToList();
        foreach (var visit in fresh) await payments.FindOrOpenAsync(visit, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return fresh.Count;
    }

    /// <summary>A held visit that was missed (or cancelled without us hearing) gives its hold back.</summary>
    private async Task ReleaseVisitsThatDidNotHappenAsync(CancellationToken cancellationToken)
    {
        var endedBefore = clock.UtcNow - VisitMoneyTerms.LookAgainAfterEnd;
        var waiting = await db.VisitPayments.AsNoTracking()
            .Where(p => !p.Done && p.ChargeKind == null && !p.ReleaseWanted && p.EndsAt < endedBefore)
            .Select(p => p.VisitId)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var visitId in waiting)
        {
            var visit = await sender.Send(new GetVisitForPayment(visitId), cancellationToken);
            if (visit is not ({ Status: VisitStatus.Missed } or { Status: VisitStatus.Cancelled, LateCancellation: false } or null)) continue;
            var payment = await db.VisitPayments.SingleAsync(p => p.VisitId == visitId, cancellationToken);
            payment.WantRelease(clock.UtcNow);
            payment.Stamp();
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
