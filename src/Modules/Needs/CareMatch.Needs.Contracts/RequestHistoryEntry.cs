namespace CareMatch.Needs.Contracts;

/// <summary>One thing done on a request: when, what, and who ("You", or "Jane Smith (attorney)").</summary>
public sealed record RequestHistoryEntry(DateTimeOffset At, string What, string Who);
