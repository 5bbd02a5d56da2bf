using CareMatch.Payments.Contracts;
using CareMatch.Payments.Disputes;
using CareMatch.Payments.Visits;

namespace CareMatch.Payments.BackOffice;

internal static class AdminDisputeRows
{
    public static AdminDisputeRow Of(PaymentDispute dispute, bool carerFoundAtFault) => new(
        dispute.DisputeId,
        dispute.VisitId,
        VisitPayment.ReferenceOf(dispute.VisitId),
        dispute.Pence,
        dispute.Reason,
        dispute.Status switch { "won" or "warning_closed" => DisputeState.Won, "lost" => DisputeState.Lost, _ => DisputeState.Open },
        dispute.OpenedAt,
        carerFoundAtFault);
}
