using CareMatch.Payments.Gateway;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Payments.Reconciliation;

/// <summary>
/// Nightly: reads Stripe's balance transactions since the last run (newest first, until one already
/// read), books Stripe's processing fee on each once, then compares, reference by reference, the
/// money our books say moved through the Stripe balance with what Stripe says. Every difference is
/// listed for admins; a visit moving while the run reads is left to the next night.
/// </summary>
internal sealed class LedgerReconciliationTask(
    PaymentsDbContext db, IPaymentGateway gateway, MovementReferences references, Books books, IClock clock, ILogger<LedgerReconciliationTask> logger)
    : IScheduledTask
{
    public const string JobId = "payments-reconcile";

    public string Id => JobId;

    public string Cron => "30 3 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = clock.UtcNow;
        var run = ReconciliationRun.Started(startedAt, !gateway.MovesRealMoney);
        var read = gateway.MovesRealMoney ? await ReadNewMovementsAsync(cancellationToken) : 0;
        var differences = gateway.MovesRealMoney ? await DifferencesAsync(startedAt, cancellationToken) : ([], 0);
        db.ReconciliationDifferences.RemoveRange(await db.ReconciliationDifferences.ToListAsync(cancellationToken));
        run.Finished(read, differences.Checked, differences.Found);
        db.ReconciliationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reconciliation: {Read} balance transactions read, {Checked} references checked, {Differences} differences",
            read, differences.Checked, differences.Found.Count);
    }

    private async Task<int> ReadNewMovementsAsync(CancellationToken cancellationToken)
    {
        var read = 0;
        await foreach (var movement in gateway.BalanceMovementsNewestFirstAsync(cancellationToken))
        {
            if (await db.StripeMovements.AnyAsync(m => m.Id == movement.Id, cancellationToken)) break;
            var reference = await references.OfAsync(movement.Type, movement.SourceId, cancellationToken);
            db.StripeMovements.Add(StripeMovement.Of(movement, reference));
            if (movement.FeePence != 0) books.Record(Postings.ProcessingFee(reference ?? movement.SourceId, movement.FeePence));
            read++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return read;
    }

    /// <summary>Processing fees are compared separately (they come from Stripe), so the books' side leaves them out.</summary>
    private async Task<(List<ReconciliationDifference> Found, int Checked)> DifferencesAsync(DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var ours = await db.LedgerLines.AsNoTracking()
            .Where(l => l.Account == LedgerAccount.StripeBalance && l.Kind != JournalKind.ProcessingFee && l.RecordedAt <= startedAt)
            .GroupBy(l => l.Reference)
            .Select(g => new { Reference = g.Key, Pence = g.Sum(l => l.Pence) })
            .ToDictionaryAsync(g => g.Reference, g => g.Pence, cancellationToken);
        var stripes = (await db.StripeMovements.AsNoTracking().Where(m => m.Created <= startedAt)
                .Select(m => new { Reference = m.Reference ?? m.SourceId, m.AmountPence }).ToListAsync(cancellationToken))
            .GroupBy(m => m.Reference).ToDictionary(g => g.Key, g => g.Sum(m => m.AmountPence));
        var all = ours.Keys.Union(stripes.Keys).ToList();
        var found = all
            .Select(reference => (reference, Ours: ours.GetValueOrDefault(reference), Stripes: stripes.GetValueOrDefault(reference)))
            .Where(r => r.Ours != r.Stripes)
            .Select(r => ReconciliationDifference.Of(r.reference, r.Ours, r.Stripes))
            .ToList();
        return (found, all.Count);
    }
}
