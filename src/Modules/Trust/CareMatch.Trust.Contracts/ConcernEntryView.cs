namespace CareMatch.Trust.Contracts;

/// <summary>One line of a concern's trail; <see cref="By"/> names who did it.</summary>
public sealed record ConcernEntryView(DateTimeOffset At, string By, ConcernEntryKind Kind, string? Detail);
