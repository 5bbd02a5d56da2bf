namespace CareMatch.Payments.Gateway;

/// <summary>The carer's share of one visit, paid from the charge that brought it in.</summary>
internal sealed record TransferRequest(string PayoutAccountId, long Pence, string? ChargeId, string Visit);
