namespace CareMatch.Matching.Engine.Filters;

/// <summary>One filter's verdict on one carer, with the reason when it failed.</summary>
public sealed record FilterVerdict(HardFilter Filter, bool Passed, string? Reason);
