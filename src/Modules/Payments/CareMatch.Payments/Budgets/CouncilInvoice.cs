using CareMatch.Payments.Ledger;

namespace CareMatch.Payments.Budgets;

/// <summary>
/// A council's bill for a month of personal-budget visits, drawn up in arrears on the 1st. Its
/// number says the month and the council ("CM-202701-1A2B3C4D"); its lines are the draws it covers.
/// With Stripe keys it is also sent as a Stripe invoice under the same number, step by step (each
/// step saved, so a retry goes on from the last), and paid there.
/// </summary>
internal sealed class CouncilInvoice
{
    private CouncilInvoice()
    {
    }

    public string Number { get; private set; } = "";

    public Guid CouncilId { get; private set; }

    /// <summary>The first day of the month the visits were drawn in (any earlier draw not yet billed goes in too).</summary>
    public DateOnly Month { get; private set; }

    public long TotalPence { get; private set; }

    public int Lines { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The council as Stripe's customer: the same one for all its invoices.</summary>
    public string? StripeCustomerId { get; private set; }

    public string? StripeInvoiceId { get; private set; }

    /// <summary>Stripe's page where the council pays the invoice, once it is issued there.</summary>
    public string? PayAtUrl { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public long PaidPence { get; private set; }

    /// <summary>The Stripe charge the council's payment came in by: its balance transaction is this invoice's.</summary>
    public string? PaymentChargeId { get; private set; }

    public void BilledTo(string stripeCustomerId) => StripeCustomerId ??= stripeCustomerId;

    public void Drafted(string stripeInvoiceId) => StripeInvoiceId ??= stripeInvoiceId;

    public void Issued(Uri payAt) => PayAtUrl ??= payAt.ToString();

    /// <summary>The council paid: the money reaches the Stripe balance, once however often Stripe says so.</summary>
    public IReadOnlyList<JournalEntry> Paid(long pence, string? chargeId, DateTimeOffset at)
    {
        if (PaidAt is not null) return [];
        (PaidAt, PaidPence, PaymentChargeId) = (at, pence, chargeId);
        return [Postings.CouncilPayment(Number, pence)];
    }

    public static string NumberFor(Guid councilId, DateOnly month) => $"CM-{month:yyyyMM}-{councilId.ToString("N")[..8].ToUpperInvariant()}";

    public static CouncilInvoice For(Guid councilId, DateOnly month, long totalPence, int lines, DateTimeOffset now) =>
        new() { Number = NumberFor(councilId, month), CouncilId = councilId, Month = month, TotalPence = totalPence, Lines = lines, IssuedAt = now };
}
