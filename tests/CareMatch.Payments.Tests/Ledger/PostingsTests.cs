using CareMatch.Payments.Ledger;
using CareMatch.Payments.Pricing;

namespace CareMatch.Payments.Tests.Ledger;

public sealed class PostingsTests
{
    private static readonly CareCharge TwoHours = CarePricing.ForCare(1800, new QuarterHours(8), new FeeSettings());

    [Fact]
    public void An_entry_that_does_not_balance_cannot_be_made()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => JournalEntry.Balanced(JournalKind.Capture, "visit-1",
            new JournalLine(LedgerAccount.StripeBalance, 100), new JournalLine(LedgerAccount.CarerPayable, -99)));

        Assert.Contains("out by 1p", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paid_visit_leaves_nothing_owed_to_the_carer_and_the_platform_holding_its_fees_and_the_VAT()
    {
        var entries = new[]
        {
            Postings.Authorisation("visit-1", TwoHours.SeekerPaysPence),
            Postings.Capture("visit-1", TwoHours),
            Postings.HoldReleased("visit-1", TwoHours.SeekerPaysPence),
            Postings.Commission("visit-1", TwoHours),
            Postings.Transfer("visit-1", TwoHours.CarerGetsPence),
        };

        long Balance(LedgerAccount account) => entries.Sum(e => e.Change(account));
        Assert.All(entries, e => Assert.Equal(0, e.Lines.Sum(l => l.Pence)));
        Assert.Equal(0, Balance(LedgerAccount.CarerPayable));
        Assert.Equal(0, Balance(LedgerAccount.CardHolds));
        Assert.Equal(TwoHours.PlatformFeesPence + TwoHours.VatPence, Balance(LedgerAccount.StripeBalance));
        Assert.Equal(-TwoHours.PlatformFeesPence, Balance(LedgerAccount.PlatformFees));
        Assert.Equal(-TwoHours.VatPence, Balance(LedgerAccount.VatPayable));
    }

    [Fact]
    public void A_council_funded_visit_is_owed_by_the_council_until_its_invoice_is_paid()
    {
        var entries = new[]
        {
            Postings.BudgetDraw("visit-2", TwoHours),
            Postings.Commission("visit-2", TwoHours),
            Postings.CouncilInvoice("INV-2026-12", TwoHours.SeekerPaysPence),
            Postings.CouncilPayment("INV-2026-12", TwoHours.SeekerPaysPence),
            Postings.Transfer("visit-2", TwoHours.CarerGetsPence),
        };

        long Balance(LedgerAccount account) => entries.Sum(e => e.Change(account));
        Assert.Equal(0, Balance(LedgerAccount.CouncilUninvoiced));
        Assert.Equal(0, Balance(LedgerAccount.CouncilInvoiced));
        Assert.Equal(0, Balance(LedgerAccount.CarerPayable));
        Assert.Equal(TwoHours.PlatformFeesPence + TwoHours.VatPence, Balance(LedgerAccount.StripeBalance));
    }

    [Fact]
    public void An_entry_that_moves_no_money_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => Postings.Refund("visit-3", 0));
}
