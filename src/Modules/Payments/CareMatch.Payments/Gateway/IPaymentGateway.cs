namespace CareMatch.Payments.Gateway;

/// <summary>
/// Everything Payments asks of Stripe, in the product's words. Two implementations: Stripe.net
/// (keys set) and the simulated gateway (no keys: no real money moves). Every call that moves
/// money takes an idempotency key the caller derived from the visit and the operation and
/// stored, so a retry after a crash can never move it twice.
/// </summary>
internal interface IPaymentGateway
{
    bool MovesRealMoney { get; }

    Task<string> CreatePayoutAccountAsync(string email, CancellationToken cancellationToken);

    /// <summary>Where to send the carer to (go on) onboarding: a fresh Stripe link, or the test page.</summary>
    Task<Uri> OnboardingLinkAsync(string payoutAccountId, OnboardingPages pages, CancellationToken cancellationToken);

    Task<PayoutAccountState> PayoutAccountAsync(string payoutAccountId, CancellationToken cancellationToken);

    Task<string> CreateCustomerAsync(string email, CancellationToken cancellationToken);

    /// <summary>Opens a card-saving page: Stripe Checkout in setup mode, or the test page.</summary>
    Task<CardSetup> StartCardSetupAsync(string customerId, CardPages pages, CancellationToken cancellationToken);

    Task<SavedCardDetails?> SavedCardAsync(string cardSetupId, CancellationToken cancellationToken);

    Task ForgetCardAsync(string paymentMethodId, CancellationToken cancellationToken);

    Task<Authorisation> AuthoriseAsync(HoldRequest hold, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Captures up to what was authorised; returns the charge the carer's transfer is tied to.</summary>
    Task<string> CaptureAsync(string holdId, long pence, string idempotencyKey, CancellationToken cancellationToken);

    Task ReleaseAsync(string holdId, string idempotencyKey, CancellationToken cancellationToken);

    Task<string> TransferAsync(TransferRequest transfer, string idempotencyKey, CancellationToken cancellationToken);

    Task<string> RefundAsync(string holdId, long pence, string idempotencyKey, CancellationToken cancellationToken);

    Task<string> ReverseTransferAsync(string transferId, long pence, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>The council as a customer Stripe can invoice (made once, on its first invoice).</summary>
    Task<string> CreateCouncilCustomerAsync(Guid councilId, string councilName, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>A draft invoice under our own number, sent to the council to pay (not charged to a card).</summary>
    Task<string> DraftCouncilInvoiceAsync(CouncilBill bill, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Adds the month's line to the draft if it has none, finalises it, and returns Stripe's page where the council pays it.</summary>
    Task<Uri> IssueCouncilInvoiceAsync(string invoiceId, CouncilBill bill, string lineKey, string finaliseKey, CancellationToken cancellationToken);

    /// <summary>The charge a paid invoice's money came in by, so the reconciliation can tell whose it is.</summary>
    Task<string?> InvoicePaymentChargeAsync(string invoiceId, CancellationToken cancellationToken);

    /// <summary>The platform balance's movements, newest first, for the nightly reconciliation to read until it meets one it has.</summary>
    IAsyncEnumerable<BalanceMovement> BalanceMovementsNewestFirstAsync(CancellationToken cancellationToken);
}
