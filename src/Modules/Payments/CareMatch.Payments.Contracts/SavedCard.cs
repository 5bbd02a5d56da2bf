namespace CareMatch.Payments.Contracts;

/// <summary>A saved card, masked: "Visa ending 4242, expires 12/2029".</summary>
public sealed record SavedCard(string Brand, string Last4, int ExpiryMonth, int ExpiryYear);
