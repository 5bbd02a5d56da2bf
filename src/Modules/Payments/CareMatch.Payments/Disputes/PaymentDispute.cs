using CareMatch.Payments.Ledger;
using CareMatch.Payments.Webhooks;

namespace CareMatch.Payments.Disputes;

/// <summary>
/// A seeker's bank disputing a visit's charge, opened by Stripe's charge.dispute.created and kept
/// up to date by the events after it. A lost dispute is money gone back through the bank, booked
/// once; whether the carer pays for it is an admin's finding, never automatic.
/// </summary>
internal sealed class PaymentDispute
{
    private PaymentDispute()
    {
    }

    public string DisputeId { get; private set; } = "";

    public Guid VisitId { get; private set; }

    public string ChargeId { get; private set; } = "";

    public long Pence { get; private set; }

    /// <summary>The bank's reason as Stripe words it ("fraudulent", "product_not_received"…).</summary>
    public string Reason { get; private set; } = "";

    public string Status { get; private set; } = "";

    public DateTimeOffset StatusAt { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public bool LossBooked { get; private set; }

    public static PaymentDispute Open(string disputeId, Guid visitId, string chargeId, DateTimeOffset now) =>
        new() { DisputeId = disputeId, VisitId = visitId, ChargeId = chargeId, OpenedAt = now, StatusAt = DateTimeOffset.MinValue };

    public static bool IsFinal(string status) => status is "won" or "lost" or "warning_closed";

    public bool IsOpen => !IsFinal(Status);

    /// <summary>Takes the reported state if it outranks the one held; books the loss the first time the dispute is lost.</summary>
    public IReadOnlyList<JournalEntry> Report(string status, long pence, string reason, DateTimeOffset at)
    {
        var reported = new StripeStatus(status, at, IsFinal(status));
        if (Status.Length > 0 && !reported.Outranks(new StripeStatus(Status, StatusAt, IsFinal(Status)))) return [];
        (Status, StatusAt, Pence, Reason) = (status, at, pence, reason);
        if (status != "lost" || LossBooked) return [];
        LossBooked = true;
        return [Postings.DisputeLost(VisitId.ToString(), pence)];
    }
}
