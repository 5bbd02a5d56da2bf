using CareMatch.Payments.Contracts;

namespace CareMatch.Web.Words;

#pragma warning disable CS8524 // see CareRequestWords: every value is named, numbers outside the enum never reach a page

/// <summary>
/// A visit's payment in words: where the money is, and each problem with the one thing that fixes
/// it, said to the seeker (who can fix it) and to the carer (who needs to know their pay is safe).
/// </summary>
public static class PaymentWords
{
    public static string Of(VisitPaymentStatus status) => status switch
    {
        VisitPaymentStatus.NotYetDue => "Not taken yet",
        VisitPaymentStatus.NotSecured => "Payment not secured",
        VisitPaymentStatus.Secured => "Payment secured",
        VisitPaymentStatus.BeingPaid => "Being paid",
        VisitPaymentStatus.Paid => "Paid",
        VisitPaymentStatus.NothingCharged => "Nothing charged",
    };

    public static string Of(PaymentProblem problem) => problem switch
    {
        PaymentProblem.NoCard => "No card saved",
        PaymentProblem.CardDeclined => "Card declined",
        PaymentProblem.BankWantsTheSeeker => "Bank wants the card holder to confirm",
        PaymentProblem.CarerCannotBePaid => "Carer's payouts need attention",
    };

    public static string Of(DisputeState state) => state switch
    {
        DisputeState.Open => "Disputed",
        DisputeState.Won => "Dispute won",
        DisputeState.Lost => "Dispute lost",
    };

    public static string Of(ChargeKind kind) => kind switch
    {
        ChargeKind.CareGiven => "Care given",
        ChargeKind.LateCancellation => "Late cancellation",
    };

    /// <summary>What the seeker should do; every problem but the carer's is theirs to fix on the card page.</summary>
    public static string ForSeeker(PaymentProblem problem) => problem switch
    {
        PaymentProblem.NoCard => "You have no card saved, so we could not secure the payment for this visit. Add a card and we will try again straight away.",
        PaymentProblem.CardDeclined => "Your bank declined the card, so we could not secure the payment for this visit. Check the card with your bank, or add a different card, and we will try again straight away.",
        PaymentProblem.BankWantsTheSeeker => "Your bank wants you to confirm this payment yourself. Save your card again (your bank will ask you to confirm) and we will try again straight away.",
        PaymentProblem.CarerCannotBePaid => "Your payment is taken. We are sorting out the carer's payout with them; you do not need to do anything.",
    };

    public static string ForCarer(PaymentProblem problem) => problem switch
    {
        PaymentProblem.CarerCannotBePaid => "Stripe cannot pay you at the moment. Check Getting paid to see what Stripe still needs; we will send your money as soon as it can.",
        _ => "The payment for this visit is not yet secured: we have asked the family to sort out their card and we keep trying. You can still go to the visit.",
    };

    public static bool SeekerCanFix(PaymentProblem problem) => problem != PaymentProblem.CarerCannotBePaid;
}
