namespace CareMatch.Commissioning.Contracts;

/// <summary>When the figures were counted (null before the first roll-up), when they are next due, and whether the published promise (<see cref="Promise"/>) is being kept.</summary>
public sealed record OpenDataFreshness(DateTimeOffset? ComputedAt, DateTimeOffset NextUpdateDue, bool PromiseKept, string Promise);
