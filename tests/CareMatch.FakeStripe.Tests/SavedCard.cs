using Stripe;
using Stripe.Checkout;

namespace CareMatch.FakeStripe.Tests;

/// <summary>A customer with a card saved through Checkout in setup mode, as a seeker would leave one.</summary>
internal static class SavedCard
{
    public static async Task<(string Customer, string PaymentMethod)> ForAsync(FakeStripeFixture stripe, bool declines = false)
    {
        var customer = await stripe.Client.V1.Customers.CreateAsync(new CustomerCreateOptions { Email = "seeker@example.test" });
        var session = await stripe.Client.V1.Checkout.Sessions.CreateAsync(new SessionCreateOptions
        {
            Mode = "setup",
            Customer = customer.Id,
            Currency = "gbp",
            SuccessUrl = "https://carematch.test/cards/saved?session={CHECKOUT_SESSION_ID}",
            CancelUrl = "https://carematch.test/cards",
        });
        stripe.Server.Change(() => stripe.Server.Cards.CompleteSetup(session.Id, declines));
        var completed = await stripe.Client.V1.Checkout.Sessions.GetAsync(session.Id);
        var setupIntent = await stripe.Client.V1.SetupIntents.GetAsync(completed.SetupIntentId);
        return (customer.Id, setupIntent.PaymentMethodId);
    }

    public static PaymentIntentCreateOptions HoldFor(long pence, (string Customer, string PaymentMethod) card, string visit) => new()
    {
        Amount = pence,
        Currency = "gbp",
        Customer = card.Customer,
        PaymentMethod = card.PaymentMethod,
        OffSession = true,
        Confirm = true,
        CaptureMethod = "manual",
        TransferGroup = visit,
    };
}
