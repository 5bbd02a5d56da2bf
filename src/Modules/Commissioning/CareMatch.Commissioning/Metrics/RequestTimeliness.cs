namespace CareMatch.Commissioning.Metrics;

/// <summary>Uptake and timeliness of the requests posted in a period (see <see cref="RequestTimelinessOf"/> for each definition).</summary>
internal sealed record RequestTimeliness(
    int Posted,
    Share DeliveredWithin28Days,
    double? MedianDaysToFirstVisit,
    double? Percentile90DaysToFirstVisit,
    Share DeliveredWithin7Days,
    Share DeliveredWithin14Days);
