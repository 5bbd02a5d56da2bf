namespace CareMatch.Payments.Contracts;

/// <summary>What a set of visits adds up to, in hours and pence, as the last line of an earnings download.</summary>
public sealed record EarningsTotals(decimal Hours, long CarePence, long CommissionPence, long CommissionVatPence, long NetPence);
