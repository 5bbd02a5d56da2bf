namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// Uptake and timeliness of one council's requests posted from <see cref="From"/> to <see cref="To"/>,
/// as published: any figure that would reveal a count from 1 to 4 is suppressed (null).
/// <see cref="Filters"/> are those applied (unknown ones dropped); <see cref="Districts"/> are the council's, to choose from.
/// <see cref="MedianHoursToFirstResponse"/> is to one decimal place, hidden while fewer than 5 requests have had a carer's answer.
/// <see cref="ByWeek"/> is the same requests week by week, for the chart and its table.
/// </summary>
public sealed record RequestTimelinessView(
    string CouncilName,
    int Weeks,
    RequestFilters Filters,
    IReadOnlyList<string> Districts,
    DateOnly From,
    DateOnly To,
    DateTimeOffset AsOf,
    PublishedCount Posted,
    PublishedShare DeliveredWithin7Days,
    PublishedShare DeliveredWithin14Days,
    PublishedShare DeliveredWithin28Days,
    PublishedDays MedianDaysToFirstVisit,
    PublishedDays Percentile90DaysToFirstVisit,
    PublishedValue MedianHoursToFirstResponse,
    PublishedShare RespondedWithinADay,
    HoursNotGiven NotGiven,
    IReadOnlyList<WeekOfRequests> ByWeek);
