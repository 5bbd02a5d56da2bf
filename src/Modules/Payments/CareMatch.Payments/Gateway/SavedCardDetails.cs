namespace CareMatch.Payments.Gateway;

/// <summary>A saved card as the seeker may see it: masked, never the number.</summary>
internal sealed record SavedCardDetails(string PaymentMethodId, string Brand, string Last4, int ExpiryMonth, int ExpiryYear);
