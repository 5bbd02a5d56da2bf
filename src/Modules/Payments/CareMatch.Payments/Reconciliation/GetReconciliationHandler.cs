using CareMatch.Payments.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Visits;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Reconciliation;

internal sealed class GetReconciliationHandler(PaymentsDbContext db) : IQueryHandler<GetReconciliation, ReconciliationView?>
{
    public async ValueTask<ReconciliationView?> Handle(GetReconciliation query, CancellationToken cancellationToken)
    {
        var run = await db.ReconciliationRuns.AsNoTracking().Include(r => r.Differences)
            .OrderByDescending(r => r.RanAt).FirstOrDefaultAsync(cancellationToken);
        if (run is null) return null;
        return new ReconciliationView(run.RanAt, run.TestPayments, run.MovementsRead, run.ReferencesChecked,
            run.Differences.OrderBy(d => d.Reference, StringComparer.Ordinal).Select(View).ToList());
    }

    private static ReconciliationDifferenceView View(ReconciliationDifference difference) =>
        Guid.TryParse(difference.Reference, out var visitId)
            ? new(VisitPayment.ReferenceOf(visitId), visitId, difference.LedgerPence, difference.StripePence)
            : new(difference.Reference, null, difference.LedgerPence, difference.StripePence);
}
