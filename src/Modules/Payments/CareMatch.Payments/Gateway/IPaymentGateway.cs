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

    /// <summary>The platform balance's movements, newest first, for the nightly reconciliation to read until it meets one it has.</summary>
    IAsyncEnumerable<BalanceMovement> BalanceMovementsNewestFirstAsync(CancellationToken cancellationToken);
}
