namespace CareMatch.Payments.Contracts;

/// <summary>
/// A seeker's saved card as they may see it (brand, last four digits, expiry; never the number),
/// or none. <see cref="TestPayments"/> is true on the simulated gateway, where no real money moves.
/// </summary>
public sealed record MyCard(SavedCard? Card, bool TestPayments);
