namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// Uptake and timeliness of the requests posted in a period (see <see cref="RequestTimelinessOf"/> for each definition); <see cref="Delivered"/> of them have had a visit, the days are over those;
/// <see cref="Responded"/> have had a carer's answer, the hours to it are over those.
/// </summary>
internal sealed record RequestTimeliness(
    int Posted,
    int Delivered,
    Share DeliveredWithin28Days,
    double? MedianDaysToFirstVisit,
    double? Percentile90DaysToFirstVisit,
    Share DeliveredWithin7Days,
    Share DeliveredWithin14Days,
    int Responded,
    double? MedianHoursToFirstResponse,
    Share RespondedWithinADay);
