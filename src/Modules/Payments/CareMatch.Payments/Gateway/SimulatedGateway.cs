using CareMatch.Payments.Payouts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Payments.Gateway;

/// <summary>
/// Stripe's stand-in when no keys are set, so the app runs out of the box: every page that shows
/// money says "Test payments: no real money moves". Its ids start sim_ so they can never be
/// mistaken for Stripe's; holds always succeed, and an account is payable once the carer finishes
/// the test onboarding page.
/// </summary>
internal sealed class SimulatedGateway(IClock clock) : IPaymentGateway
{
    public bool MovesRealMoney => false;

    public static PayoutAccountState Onboarded(string payoutAccountId) =>
        new(payoutAccountId, PayoutsEnabled: true, StillDue: [], PayoutSchedule.Daily(3));

    public Task<string> CreatePayoutAccountAsync(string email, CancellationToken cancellationToken) => Task.FromResult(NewId("acct"));

    /// <summary>The test onboarding page stands in for Stripe's.</summary>
    public Task<Uri> OnboardingLinkAsync(string payoutAccountId, OnboardingPages pages, CancellationToken cancellationToken) =>
        Task.FromResult(pages.Test);

    public Task<PayoutAccountState> PayoutAccountAsync(string payoutAccountId, CancellationToken cancellationToken) =>
        Task.FromResult(Onboarded(payoutAccountId));

    public Task<string> CreateCustomerAsync(string email, CancellationToken cancellationToken) => Task.FromResult(NewId("cus"));

    /// <summary>The test card page stands in for Stripe's; it names the setup it finishes.</summary>
    public Task<CardSetup> StartCardSetupAsync(string customerId, CardPages pages, CancellationToken cancellationToken)
    {
        var id = NewId("cs");
        return Task.FromResult(new CardSetup(id, new Uri($"{pages.Test}?setup={Uri.EscapeDataString(id)}")));
    }

    public Task<SavedCardDetails?> SavedCardAsync(string cardSetupId, CancellationToken cancellationToken) =>
        Task.FromResult<SavedCardDetails?>(new SavedCardDetails(NewId("pm"), "visa", "4242", 12, clock.UtcNow.Year + 3));

    public Task ForgetCardAsync(string paymentMethodId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<Authorisation> AuthoriseAsync(HoldRequest hold, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(Authorisation.Held(KeyedId("pi", idempotencyKey)));

    public Task<string> CaptureAsync(string holdId, long pence, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(KeyedId("ch", idempotencyKey));

    public Task ReleaseAsync(string holdId, string idempotencyKey, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string> TransferAsync(TransferRequest transfer, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(KeyedId("tr", idempotencyKey));

    public Task<string> RefundAsync(string holdId, long pence, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(KeyedId("re", idempotencyKey));

    public Task<string> ReverseTransferAsync(string transferId, long pence, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(KeyedId("trr", idempotencyKey));

    private static string NewId(string kind) => $"sim_{kind}_{Guid.NewGuid():N}";

    /// <summary>The same key gives the same id, as Stripe's idempotency would.</summary>
    private static string KeyedId(string kind, string idempotencyKey) =>
        $"sim_{kind}_{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(idempotencyKey)))[..24]}";

    /// <summary>No money moves, so there is nothing at Stripe to reconcile with.</summary>
    // Without keys a council's invoice is its CSV alone (CouncilInvoicesAtStripe never asks): no
    // pretend Stripe invoice a council might try to pay.
    public Task<string> CreateCouncilCustomerAsync(Guid councilId, string councilName, string idempotencyKey, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Test payments send no invoices to Stripe.");

    public Task<string> DraftCouncilInvoiceAsync(CouncilBill bill, string idempotencyKey, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Test payments send no invoices to Stripe.");

    public Task<Uri> IssueCouncilInvoiceAsync(string invoiceId, CouncilBill bill, string lineKey, string finaliseKey, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Test payments send no invoices to Stripe.");

    public Task<string?> InvoicePaymentChargeAsync(string invoiceId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Test payments send no invoices to Stripe.");

    public IAsyncEnumerable<BalanceMovement> BalanceMovementsNewestFirstAsync(CancellationToken cancellationToken) => AsyncEnumerable.Empty<BalanceMovement>();
}
