using CareMatch.Payments.Ledger;

namespace CareMatch.Payments.Visits;

/// <summary>
/// What one of Stripe's events says about a visit's money, applied to its payment. Each report
/// carries what must have happened before it (a refund implies the capture, a capture implies the
/// hold), so the events can arrive in any order, any number of times, and still leave the payment
/// and the books as if they had come one by one in order. Reports of what we already recorded
/// from our own calls change nothing.
/// </summary>
internal static class StripeSaid
{
    public static IReadOnlyList<JournalEntry> Held(VisitPayment payment, string intentId, long authorisedPence, DateTimeOffset now) =>
        payment.Held(intentId, authorisedPence, now);

    public static IReadOnlyList<JournalEntry> Captured(VisitPayment payment, string intentId, long authorisedPence, string chargeId, DateTimeOffset now) =>
        [.. payment.Held(intentId, authorisedPence, now), .. payment.Captured(chargeId, now)];

    /// <summary>A cancelled hold we asked to release; a hold Stripe let lapse on its own is left for the next hold attempt.</summary>
    public static IReadOnlyList<JournalEntry> Cancelled(VisitPayment payment, string intentId, long authorisedPence, DateTimeOffset now) =>
        payment.ReleaseWanted ? [.. payment.Held(intentId, authorisedPence, now), .. payment.Released(now)] : [];

    public static IReadOnlyList<JournalEntry> Refunded(
        VisitPayment payment, string intentId, long authorisedPence, string chargeId, long refundedPence, DateTimeOffset now) =>
        [.. Captured(payment, intentId, authorisedPence, chargeId, now), .. payment.RefundedUpTo(refundedPence)];

    public static IReadOnlyList<JournalEntry> Transferred(
        VisitPayment payment, string transferId, string chargeId, long reversedPence, DateTimeOffset now) =>
        [.. payment.Captured(chargeId, now), .. payment.PaidToCarer(transferId, null, now), .. payment.ReversedUpTo(reversedPence)];
}
