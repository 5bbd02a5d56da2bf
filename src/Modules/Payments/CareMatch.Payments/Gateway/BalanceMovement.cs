namespace CareMatch.Payments.Gateway;

/// <summary>One of Stripe's balance transactions: money into or out of the platform's balance, what caused it, and Stripe's fee on it.</summary>
internal sealed record BalanceMovement(string Id, string Type, string SourceId, long AmountPence, long FeePence, DateTimeOffset Created);
