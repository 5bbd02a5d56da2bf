using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Visits;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace CareMatch.Payments.Webhooks;

/// <summary>
/// Stripe's payment_intent.*, charge.refunded and transfer.* events for a visit, applied through
/// <see cref="StripeSaid"/>. Mostly they confirm what our own calls recorded; after a crash between
/// Stripe acting and our save they record it first, and our retry (same key) then finds it done.
/// </summary>
internal sealed class VisitMoneyEvents(PaymentsDbContext db, Books books, IClock clock)
{
    public async Task<bool> ApplyAsync(PaymentIntent intent, string eventType, CancellationToken cancellationToken)
    {
        if (await PaymentAsync(VisitIn(intent.Metadata, intent.TransferGroup), p => p.HoldId == intent.Id, cancellationToken) is not { } payment) return false;
        var now = clock.UtcNow;
        return Record(payment, eventType switch
        {
            EventTypes.PaymentIntentAmountCapturableUpdated when intent.Status == "requires_capture" => StripeSaid.Held(payment, intent.Id, intent.AmountCapturable, now),
            EventTypes.PaymentIntentSucceeded when intent.LatestChargeId is { } charge => StripeSaid.Captured(payment, intent.Id, intent.Amount, charge, now),
            EventTypes.PaymentIntentCanceled => StripeSaid.Cancelled(payment, intent.Id, intent.Amount, now),
            _ => [],
        });
    }

    public async Task<bool> ApplyAsync(Charge charge, CancellationToken cancellationToken)
    {
        if (charge.PaymentIntentId is not { } intent) return false;
        if (await PaymentAsync(VisitIn(charge.Metadata, charge.TransferGroup), p => p.ChargeId == charge.Id, cancellationToken) is not { } payment) return false;
        return Record(payment, StripeSaid.Refunded(payment, intent, charge.Amount, charge.Id, charge.AmountRefunded, clock.UtcNow));
    }

    public async Task<bool> ApplyAsync(Transfer transfer, CancellationToken cancellationToken)
    {
        if (transfer.SourceTransactionId is not { } charge) return false;
        if (await PaymentAsync(VisitIn(transfer.Metadata, transfer.TransferGroup), p => p.TransferId == transfer.Id, cancellationToken) is not { } payment) return false;
        return Record(payment, StripeSaid.Transferred(payment, transfer.Id, charge, transfer.AmountReversed, clock.UtcNow));
    }

    private bool Record(VisitPayment payment, IReadOnlyList<JournalEntry> entries)
    {
        if (entries.Count == 0) return false;
        books.Record(entries);
        payment.Stamp();
        return true;
    }

    /// <summary>Our calls tag Stripe's objects with the visit (metadata and transfer group); an untagged one is looked up by its id.</summary>
    private async Task<VisitPayment?> PaymentAsync(Guid? visitId, System.Linq.Expressions.Expression<Func<VisitPayment, bool>> byStripeId, CancellationToken cancellationToken) =>
        visitId is { } id
            ? await db.VisitPayments.SingleOrDefaultAsync(p => p.VisitId == id, cancellationToken)
            : await db.VisitPayments.SingleOrDefaultAsync(byStripeId, cancellationToken);

    private static Guid? VisitIn(IDictionary<string, string>? metadata, string? transferGroup) =>
        Guid.TryParse(metadata?.TryGetValue("visit", out var tagged) == true ? tagged : transferGroup, out var visitId) ? visitId : null;
}
