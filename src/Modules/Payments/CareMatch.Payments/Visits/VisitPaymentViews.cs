using CareMatch.Payments.Contracts;
using CareMatch.Payments.Payouts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Payments.Visits;

/// <summary>A visit's payment as its seeker or carer sees it; the payout date comes from the carer's payout schedule.</summary>
internal static class VisitPaymentViews
{
    public static VisitPaymentView Of(VisitPayment payment, PayoutSchedule? schedule, bool testPayments) => new(
        payment.VisitId,
        payment.Reference,
        payment.StartsAt,
        payment.EndsAt,
        StatusOf(payment),
        payment.Problem,
        payment.Problem is null ? null : payment.NextAttemptAt,
        payment.HeldPence,
        ChargeOf(payment),
        payment.ChargedAt,
        payment.TransferredAt,
        payment.TransferredAt is { } sent && schedule is not null ? PayoutDates.ExpectedInBank(DateOnly.FromDateTime(UkCalendar.ToUkTime(sent).DateTime), schedule) : null,
        testPayments,
        payment.RefundedPence,
        payment.ReversedPence,
        payment.FundedByBudget);

    public static AdminPaymentRow RowOf(VisitPayment payment) => new(
        payment.VisitId, payment.Reference, payment.StartsAt, StatusOf(payment), payment.Problem, payment.LastError,
        payment.Charge?.SeekerPaysPence, payment.RefundedPence);

    public static VisitPaymentStatus StatusOf(VisitPayment payment) => payment switch
    {
        { TransferId: not null } => VisitPaymentStatus.Paid,
        { ReleaseWanted: true } => VisitPaymentStatus.NothingCharged,
        { ChargeKind: not null } => VisitPaymentStatus.BeingPaid,
        { HoldId: not null } => VisitPaymentStatus.Secured,
        { Problem: not null } => VisitPaymentStatus.NotSecured,
        _ => VisitPaymentStatus.NotYetDue,
    };

    private static VisitCharge? ChargeOf(VisitPayment payment) => payment.Charge is { } charge && payment.ChargeKind is { } kind
        ? new VisitCharge(kind, charge.HourlyRatePence, charge.Hours.Hours, charge.CarePence, charge.ServiceFeePence, charge.ServiceFeeVatPence, charge.CommissionPence, charge.CommissionVatPence)
        : null;
}
