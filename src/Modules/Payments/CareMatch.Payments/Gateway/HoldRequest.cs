namespace CareMatch.Payments.Gateway;

/// <summary>An off-session hold on a seeker's saved card for one visit; the visit is the transfer group.</summary>
internal sealed record HoldRequest(string CustomerId, string PaymentMethodId, long Pence, string Visit);
