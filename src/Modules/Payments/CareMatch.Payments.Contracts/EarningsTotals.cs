namespace CareMatch.Payments.Contracts;

/// <summary>
/// What a set of visits adds up to, in hours and pence, as the last line of an earnings download.
/// <see cref="TakenBackPence"/> is what was taken back from the carer after complaints upheld
/// against them, so what they kept is <see cref="NetPence"/> less it.
/// </summary>
public sealed record EarningsTotals(decimal Hours, long CarePence, long CommissionPence, long CommissionVatPence, long NetPence, long TakenBackPence = 0);
