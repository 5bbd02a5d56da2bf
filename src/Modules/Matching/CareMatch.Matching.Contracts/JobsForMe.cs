namespace CareMatch.Matching.Contracts;

/// <summary>The jobs, and when there are none, why (in words for the carer).</summary>
public sealed record JobsForMe(IReadOnlyList<JobForMe> Jobs, string? EmptyReason);
