using CareMatch.Payments.Pricing;
using static CareMatch.Payments.Ledger.LedgerAccount;

namespace CareMatch.Payments.Ledger;

/// <summary>
/// How each movement of a visit's money is written in the books, in one place, so a capture, a
/// transfer and a refund are recorded the same way wherever they happen.
/// </summary>
internal static class Postings
{
    public static JournalEntry Authorisation(string visit, long pence) =>
        JournalEntry.Balanced(JournalKind.Authorisation, visit, new(CardHolds, pence), new(HoldsOutstanding, -pence));

    public static JournalEntry HoldReleased(string visit, long pence) =>
        JournalEntry.Balanced(JournalKind.HoldReleased, visit, new(HoldsOutstanding, pence), new(CardHolds, -pence));

    /// <summary>The seeker's money arrives: the care is owed to the carer, the fee and its VAT are ours and HMRC's.</summary>
    public static JournalEntry Capture(string visit, CareCharge charge) =>
        JournalEntry.Balanced(JournalKind.Capture, visit,
            new(StripeBalance, charge.SeekerPaysPence),
            new(CarerPayable, -charge.CarePence),
            new(PlatformFees, -charge.ServiceFeePence),
            new(VatPayable, -charge.ServiceFeeVatPence));

    /// <summary>The commission and its VAT come out of what the carer is owed.</summary>
    public static JournalEntry Commission(string visit, CareCharge charge) =>
        JournalEntry.Balanced(JournalKind.Commission, visit,
            new(CarerPayable, charge.CommissionPence + charge.CommissionVatPence),
            new(PlatformFees, -charge.CommissionPence),
            new(VatPayable, -charge.CommissionVatPence));

    public static JournalEntry ProcessingFee(string visit, long pence) =>
        JournalEntry.Balanced(JournalKind.ProcessingFee, visit, new(ProcessingCosts, pence), new(StripeBalance, -pence));

    public static JournalEntry Transfer(string visit, long pence) =>
        JournalEntry.Balanced(JournalKind.Transfer, visit, new(CarerPayable, pence), new(StripeBalance, -pence));

    public static JournalEntry Refund(string visit, long pence) =>
        JournalEntry.Balanced(JournalKind.Refund, visit, new(Refunds, pence), new(StripeBalance, -pence));

    /// <summary>Money given back on a budget-funded visit: the council owes that much less.</summary>
    public static JournalEntry BudgetRefund(string visit, long pence) =>
        JournalEntry.Balanced(JournalKind.Refund, visit, new(Refunds, pence), new(CouncilUninvoiced, -pence));

    /// <summary>A lost dispute: the bank has given the seeker their money back out of our balance.</summary>
    public static JournalEntry DisputeLost(string visit, long pence) =>
        JournalEntry.Balanced(JournalKind.DisputeLost, visit, new(Refunds, pence), new(StripeBalance, -pence));

    public static JournalEntry TransferReversal(string visit, long pence) =>
        JournalEntry.Balanced(JournalKind.TransferReversal, visit, new(StripeBalance, pence), new(CarerRecoveries, -pence));

    /// <summary>A council-funded visit: the council owes what a card would have paid, and no card is touched.</summary>
    public static JournalEntry BudgetDraw(string visit, CareCharge charge) =>
        JournalEntry.Balanced(JournalKind.BudgetDraw, visit,
            new(CouncilUninvoiced, charge.SeekerPaysPence),
            new(CarerPayable, -charge.CarePence),
            new(PlatformFees, -charge.ServiceFeePence),
            new(VatPayable, -charge.ServiceFeeVatPence));

    public static JournalEntry CouncilInvoice(string invoice, long pence) =>
        JournalEntry.Balanced(JournalKind.CouncilInvoice, invoice, new(CouncilInvoiced, pence), new(CouncilUninvoiced, -pence));

    public static JournalEntry CouncilPayment(string invoice, long pence) =>
        JournalEntry.Balanced(JournalKind.CouncilPayment, invoice, new(StripeBalance, pence), new(CouncilInvoiced, -pence));
}
