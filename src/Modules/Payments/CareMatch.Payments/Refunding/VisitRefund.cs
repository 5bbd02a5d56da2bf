namespace CareMatch.Payments.Refunding;

/// <summary>
/// An admin's decision to give money back for a visit, with the reason, and whether the carer was
/// found at fault (only then is their share of it taken back from their transfer). A refund after a
/// lost dispute gives nothing to the seeker (their bank already did) and may only take back the
/// carer's share. Each Stripe call's key is derived from this decision, so repeating it after a
/// crash can never refund or reverse twice.
/// </summary>
internal sealed class VisitRefund
{
    private VisitRefund()
    {
    }

    public Guid Id { get; private set; }

    public Guid VisitId { get; private set; }

    /// <summary>Given back to the seeker's card; 0 when the seeker's bank already returned it (a lost dispute).</summary>
    public long RefundPence { get; private set; }

    /// <summary>Taken back from the carer's transfer; 0 unless the carer was found at fault.</summary>
    public long ReversalPence { get; private set; }

    public string Reason { get; private set; } = "";

    public bool CarerAtFault { get; private set; }

    public string? DisputeId { get; private set; }

    public string AdminUserId { get; private set; } = "";

    public DateTimeOffset DecidedAt { get; private set; }

    public string? RefundId { get; private set; }

    public string? ReversalId { get; private set; }

    public bool Done { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string RefundKey => $"visit:{VisitId}:refund:{Id:N}";

    public string ReversalKey => $"visit:{VisitId}:reversal:{Id:N}";

    public static VisitRefund Decided(Guid visitId, long refundPence, long reversalPence, string reason, bool carerAtFault, string? disputeId, string adminUserId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        VisitId = visitId,
        RefundPence = refundPence,
        ReversalPence = reversalPence,
        Reason = reason,
        CarerAtFault = carerAtFault,
        DisputeId = disputeId,
        AdminUserId = adminUserId,
        DecidedAt = now,
        NextAttemptAt = now,
        Done = refundPence == 0 && reversalPence == 0,
    };

    public bool NeedsRefund => RefundPence > 0 && RefundId is null;

    public bool NeedsReversal => ReversalPence > 0 && ReversalId is null;

    public void Refunded(string refundId) => (RefundId, Done) = (refundId, !NeedsReversal);

    public void Reversed(string reversalId) => (ReversalId, Done, LastError) = (reversalId, true, null);

    public void Faulted(string error, DateTimeOffset retryAt) => (LastError, NextAttemptAt) = (error.Length > 500 ? error[..500] : error, retryAt);
}
