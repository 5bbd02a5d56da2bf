namespace CareMatch.Providers.Contracts;

/// <summary>Days the carer cannot work, both ends included.</summary>
public sealed record TimeOff(DateOnly From, DateOnly To);
