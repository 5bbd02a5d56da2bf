using CareMatch.Payments.Payouts;
using Stripe;
using Stripe.Checkout;

namespace CareMatch.Payments.Gateway;

/// <summary>
/// The gateway over Stripe.net: Express accounts, Checkout in setup mode, off-session holds with
/// manual capture, and separate transfers tied to their charge. Stripe.net's own retries are off:
/// a retry is ours, with the stored idempotency key, so it is safe across a crash too.
/// </summary>
internal sealed class StripeGateway(StripeClient client) : IPaymentGateway
{
    private const string Pounds = "gbp";

    public bool MovesRealMoney => true;

    public async Task<string> CreatePayoutAccountAsync(string email, CancellationToken cancellationToken) =>
        (await client.V1.Accounts.CreateAsync(new AccountCreateOptions
        {
            Type = "express",
            Country = "GB",
            Email = email,
            Capabilities = new AccountCapabilitiesOptions { Transfers = new AccountCapabilitiesTransfersOptions { Requested = true } },
            BusinessType = "individual",
        }, cancellationToken: cancellationToken)).Id;

    public async Task<Uri> OnboardingLinkAsync(string payoutAccountId, OnboardingPages pages, CancellationToken cancellationToken) =>
        new((await client.V1.AccountLinks.CreateAsync(new AccountLinkCreateOptions
        {
            Account = payoutAccountId,
            Type = "account_onboarding",
            ReturnUrl = pages.Return.ToString(),
            RefreshUrl = pages.Refresh.ToString(),
        }, cancellationToken: cancellationToken)).Url);

    public async Task<PayoutAccountState> PayoutAccountAsync(string payoutAccountId, CancellationToken cancellationToken) =>
        StateOf(await client.V1.Accounts.GetAsync(payoutAccountId, cancellationToken: cancellationToken));

    /// <summary>Also reads the account that comes inside an account.updated event.</summary>
    public static PayoutAccountState StateOf(Account account)
    {
        var schedule = account.Settings?.Payouts?.Schedule;
        return new PayoutAccountState(
            account.Id,
            account.PayoutsEnabled,
            account.Requirements?.CurrentlyDue?.ToList() ?? [],
            new PayoutSchedule(
                schedule?.Interval switch { "weekly" => PayoutInterval.Weekly, "monthly" => PayoutInterval.Monthly, "manual" => PayoutInterval.Manual, _ => PayoutInterval.Daily },
                (int)(schedule?.DelayDays ?? 0),
                Enum.TryParse<DayOfWeek>(schedule?.WeeklyAnchor, ignoreCase: true, out var weekday) ? weekday : null,
                schedule?.MonthlyAnchor is > 0 and var day ? (int)day : null));
    }

    public async Task<string> CreateCustomerAsync(string email, CancellationToken cancellationToken) =>
        (await client.V1.Customers.CreateAsync(new CustomerCreateOptions { Email = email }, cancellationToken: cancellationToken)).Id;

    public async Task<CardSetup> StartCardSetupAsync(string customerId, CardPages pages, CancellationToken cancellationToken)
    {
        // Stripe puts the session id where the placeholder is, so the return can name its setup.
        var saved = $"{pages.Saved}{(pages.Saved.Query.Length > 0 ? '&' : '?')}session_id={{CHECKOUT_SESSION_ID}}";
        var session = await client.V1.Checkout.Sessions.CreateAsync(new SessionCreateOptions
        {
            Mode = "setup",
            Currency = Pounds,
            Customer = customerId,
            SuccessUrl = saved,
            CancelUrl = pages.Cancelled.ToString(),
        }, cancellationToken: cancellationToken);
        return new CardSetup(session.Id, new Uri(session.Url));
    }

    public async Task<SavedCardDetails?> SavedCardAsync(string cardSetupId, CancellationToken cancellationToken)
    {
        var session = await client.V1.Checkout.Sessions.GetAsync(cardSetupId, cancellationToken: cancellationToken);
        if (session.SetupIntentId is null) return null;
        var setupIntent = await client.V1.SetupIntents.GetAsync(session.SetupIntentId, cancellationToken: cancellationToken);
        if (setupIntent.Status != "succeeded" || setupIntent.PaymentMethodId is null) return null;
        var card = (await client.V1.PaymentMethods.GetAsync(setupIntent.PaymentMethodId, cancellationToken: cancellationToken)).Card;
        return new SavedCardDetails(setupIntent.PaymentMethodId, card.Brand, card.Last4, (int)card.ExpMonth, (int)card.ExpYear);
    }

    public async Task ForgetCardAsync(string paymentMethodId, CancellationToken cancellationToken) =>
        await client.V1.PaymentMethods.DetachAsync(paymentMethodId, cancellationToken: cancellationToken);

    public async Task<Authorisation> AuthoriseAsync(HoldRequest hold, string idempotencyKey, CancellationToken cancellationToken)
    {
        try
        {
            var intent = await client.V1.PaymentIntents.CreateAsync(new PaymentIntentCreateOptions
            {
                Amount = hold.Pence,
                Currency = Pounds,
                Customer = hold.CustomerId,
                PaymentMethod = hold.PaymentMethodId,
                OffSession = true,
                Confirm = true,
                CaptureMethod = "manual",
                TransferGroup = hold.Visit,
                Metadata = new Dictionary<string, string> { ["visit"] = hold.Visit },
            }, Key(idempotencyKey), cancellationToken);
            return Authorisation.Held(intent.Id);
        }
        catch (StripeException refused) when (refused.StripeError?.Type == "card_error")
        {
            var result = refused.StripeError.Code == "authentication_required" ? AuthorisationResult.NeedsTheSeeker : AuthorisationResult.Declined;
            return new Authorisation(result, refused.StripeError.PaymentIntent?.Id, refused.StripeError.DeclineCode ?? refused.StripeError.Code);
        }
    }

    public async Task<string> CaptureAsync(string holdId, long pence, string idempotencyKey, CancellationToken cancellationToken) =>
        (await client.V1.PaymentIntents.CaptureAsync(holdId, new PaymentIntentCaptureOptions { AmountToCapture = pence }, Key(idempotencyKey), cancellationToken))
            .LatestChargeId;

    public async Task ReleaseAsync(string holdId, string idempotencyKey, CancellationToken cancellationToken) =>
        await client.V1.PaymentIntents.CancelAsync(holdId, new PaymentIntentCancelOptions(), Key(idempotencyKey), cancellationToken);

    public async Task<string> TransferAsync(TransferRequest transfer, string idempotencyKey, CancellationToken cancellationToken) =>
        (await client.V1.Transfers.CreateAsync(new TransferCreateOptions
        {
            Amount = transfer.Pence,
            Currency = Pounds,
            Destination = transfer.PayoutAccountId,
            SourceTransaction = transfer.ChargeId,
            TransferGroup = transfer.Visit,
            Metadata = new Dictionary<string, string> { ["visit"] = transfer.Visit },
        }, Key(idempotencyKey), cancellationToken)).Id;

    public async Task<string> RefundAsync(string holdId, long pence, string idempotencyKey, CancellationToken cancellationToken) =>
        (await client.V1.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = holdId, Amount = pence }, Key(idempotencyKey), cancellationToken)).Id;

    public async Task<string> ReverseTransferAsync(string transferId, long pence, string idempotencyKey, CancellationToken cancellationToken) =>
        (await client.V1.Transfers.Reversals.CreateAsync(transferId, new TransferReversalCreateOptions { Amount = pence }, Key(idempotencyKey), cancellationToken)).Id;

    public async Task<string> CreateCouncilCustomerAsync(Guid councilId, string councilName, string idempotencyKey, CancellationToken cancellationToken) =>
        (await client.V1.Customers.CreateAsync(new CustomerCreateOptions
        {
            Name = councilName,
            Metadata = new Dictionary<string, string> { ["council"] = councilId.ToString() },
        }, Key(idempotencyKey), cancellationToken)).Id;

    public async Task<string> DraftCouncilInvoiceAsync(CouncilBill bill, string idempotencyKey, CancellationToken cancellationToken) =>
        (await client.V1.Invoices.CreateAsync(new InvoiceCreateOptions
        {
            Customer = bill.CustomerId,
            Number = bill.Number,
            Currency = Pounds,
            CollectionMethod = "send_invoice",
            DaysUntilDue = 30,
            AutoAdvance = false,
            // Only the line we add: never a stray pending item of this customer's.
            PendingInvoiceItemsBehavior = "exclude",
            Description = bill.Description,
            Footer = $"Each visit on this invoice is listed in the CSV of invoice {bill.Number} on your CareMatch invoices page.",
            Metadata = new Dictionary<string, string> { ["carematch_invoice"] = bill.Number },
        }, Key(idempotencyKey), cancellationToken)).Id;

    public async Task<Uri> IssueCouncilInvoiceAsync(string invoiceId, CouncilBill bill, string lineKey, string finaliseKey, CancellationToken cancellationToken)
    {
        var invoice = await client.V1.Invoices.GetAsync(invoiceId, cancellationToken: cancellationToken);
        if (invoice.Status == "draft")
        {
            if (invoice.Total == 0)
            {
                await client.V1.InvoiceItems.CreateAsync(new InvoiceItemCreateOptions
                {
                    Customer = bill.CustomerId, Invoice = invoiceId, Amount = bill.Pence, Currency = Pounds, Description = bill.Description,
                }, Key(lineKey), cancellationToken);
            }
            invoice = await client.V1.Invoices.FinalizeInvoiceAsync(invoiceId, new InvoiceFinalizeOptions { AutoAdvance = false }, Key(finaliseKey), cancellationToken);
        }
        return new Uri(invoice.HostedInvoiceUrl);
    }

    public async Task<string?> InvoicePaymentChargeAsync(string invoiceId, CancellationToken cancellationToken)
    {
        var payments = await client.V1.InvoicePayments.ListAsync(new InvoicePaymentListOptions { Invoice = invoiceId, Status = "paid" }, cancellationToken: cancellationToken);
        var payment = payments.Data.FirstOrDefault()?.Payment;
        return payment?.Type switch
        {
            "charge" => payment.ChargeId,
            "payment_intent" when payment.PaymentIntentId is { } intent => (await client.V1.PaymentIntents.GetAsync(intent, cancellationToken: cancellationToken)).LatestChargeId,
            _ => null,
        };
    }

    public async IAsyncEnumerable<BalanceMovement> BalanceMovementsNewestFirstAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var transaction in client.V1.BalanceTransactions.ListAutoPagingAsync(new BalanceTransactionListOptions { Limit = 100 }, cancellationToken: cancellationToken))
        {
            yield return new BalanceMovement(transaction.Id, transaction.Type, transaction.SourceId ?? "", transaction.Amount, transaction.Fee,
                new DateTimeOffset(DateTime.SpecifyKind(transaction.Created, DateTimeKind.Utc)));
        }
    }

    private static RequestOptions Key(string idempotencyKey) => new() { IdempotencyKey = idempotencyKey };
}
