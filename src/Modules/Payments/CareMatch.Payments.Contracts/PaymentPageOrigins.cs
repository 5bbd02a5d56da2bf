namespace CareMatch.Payments.Contracts;

/// <summary>
/// The origins of the payment company's own pages that our forms send people to (saving a card,
/// setting up payouts): the few pages whose Content-Security-Policy lets a form's redirect go
/// there. None without Stripe keys, when the test pages are ours.
/// </summary>
public sealed record PaymentPageOrigins(IReadOnlyList<string> Origins)
{
    public static PaymentPageOrigins None { get; } = new([]);
}
