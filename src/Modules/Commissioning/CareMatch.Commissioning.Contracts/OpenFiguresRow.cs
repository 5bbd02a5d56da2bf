namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// One month of one district (or of the whole council, when <see cref="District"/> is null), with
/// the small-number rule and secondary suppression applied. The 28-day share is null (and not
/// suppressed) while some of the month's requests are younger than 28 days: it is not known yet;
/// likewise the share answered within a day, while some are younger than a day.
/// The on-time share is null (and not suppressed) where some of the month's visits were given before
/// their start times were recorded: it cannot be worked out for them.
/// </summary>
public sealed record OpenFiguresRow(
    DateOnly Month,
    string? District,
    PublishedCount RequestsPosted,
    PublishedShare? DeliveredWithin28Days,
    PublishedValue MedianDaysToFirstVisit,
    PublishedValue Percentile90DaysToFirstVisit,
    PublishedValue MedianHoursToFirstResponse,
    PublishedShare? AnsweredWithinADay,
    PublishedCount Waiting8To28Days,
    PublishedCount WaitingOver28Days,
    PublishedValue WaitingWeeklyHours,
    PublishedCount VisitsGiven,
    PublishedCount VisitsMissed,
    PublishedCount VisitsCancelledByCarer,
    PublishedCount VisitsCancelledByFamily,
    PublishedShare? VisitsCheckedInOnTime,
    PublishedValue CarersPerPerson,
    PublishedCount NewlyVerifiedCarers);
