namespace CareMatch.Commissioning.Metrics;

/// <summary>What the waiting hours need of a request: when it was posted, when care was to start, when it was first given or closed, and its weekly minutes.</summary>
internal sealed record RequestWait(DateTimeOffset PostedAt, DateOnly? CareStartsOn, DateTimeOffset? FirstDeliveredAt, DateTimeOffset? ClosedAt, int WeeklyMinutes);
