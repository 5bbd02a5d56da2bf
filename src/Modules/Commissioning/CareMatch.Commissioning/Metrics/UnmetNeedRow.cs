namespace CareMatch.Commissioning.Metrics;

/// <summary>One district's waiting requests (see <see cref="UnmetNeedOf"/>), before the small-number rule.</summary>
internal sealed record UnmetNeedRow(string District, int WaitingOver7Days, int WaitingOver28Days, decimal WeeklyHoursOver7Days);
