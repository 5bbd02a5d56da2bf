using CareMatch.Payments.Contracts;

namespace CareMatch.Payments.Cards;

/// <summary>A seeker's card as their page shows it.</summary>
internal static class MyCardView
{
    public static MyCard Of(PaymentCustomer? customer, bool testPayments) =>
        customer is { HasCard: true }
            ? new MyCard(new SavedCard(customer.CardBrand!, customer.CardLast4!, customer.CardExpiryMonth!.Value, customer.CardExpiryYear!.Value), testPayments)
            : new MyCard(null, testPayments);
}
