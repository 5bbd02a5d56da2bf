namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// One month of one district (or of the whole council, when <see cref="District"/> is null), with
/// the small-number rule and secondary suppression applied. The 28-day share is null (and not
/// suppressed) while some of the month's requests are younger than 28 days: it is not known yet.
/// </summary>
public sealed record OpenFiguresRow(
    DateOnly Month,
    string? District,
    PublishedCount RequestsPosted,
    PublishedShare? DeliveredWithin28Days,
    PublishedValue MedianDaysToFirstVisit,
    PublishedValue Percentile90DaysToFirstVisit,
    PublishedCount Waiting8To28Days,
    PublishedCount WaitingOver28Days,
    PublishedValue WaitingWeeklyHours);
