using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Audit;

namespace CareMatch.Payments.Refunding;

/// <summary>
/// An admin's decision is saved before Stripe is asked (so it is carried out even if the app
/// stops halfway), written to the audit trail, and then carried out.
/// </summary>
internal sealed class RefundDecisions(PaymentsDbContext db, RefundSteps steps, IAuditTrail audit)
{
    public async Task TakeAsync(VisitRefund decision, AuditAction action, string? subjectUserId, string detail, CancellationToken cancellationToken)
    {
        db.VisitRefunds.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(action, subjectUserId, detail, cancellationToken);
        await steps.CarryOutAsync(decision.Id, cancellationToken);
    }
}
