namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// Continuity and reliability of one council's visits due from <see cref="From"/> to <see cref="To"/>
/// (for the requests the filters name), as published: any figure that would reveal a count from 1
/// to 4 is suppressed. Each share is of the visits due (cancellations, missed), of the visits given
/// with a known start (on time), of the visits given (by the two most frequent carers), or of the carers'
/// cancellations for which cover was sought (covered within 2 and 4 hours).
/// </summary>
public sealed record VisitReliabilityView(
    string CouncilName,
    int Weeks,
    RequestFilters Filters,
    IReadOnlyList<string> Districts,
    DateOnly From,
    DateOnly To,
    DateTimeOffset AsOf,
    PublishedCount VisitsDue,
    PublishedCount VisitsGiven,
    PublishedShare Missed,
    PublishedShare CancelledByCarer,
    PublishedShare CancelledLate,
    PublishedShare CheckedInOnTime,
    PublishedCount People,
    PublishedShare GivenByTwoMostFrequentCarers,
    PublishedValue DistinctCarersPerPersonMonth,
    PublishedShare CoveredWithinTwoHours,
    PublishedShare CoveredWithinFourHours);
