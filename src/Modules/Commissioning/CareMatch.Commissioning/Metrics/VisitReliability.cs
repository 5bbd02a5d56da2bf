namespace CareMatch.Commissioning.Metrics;

/// <summary>Continuity and reliability of the visits due in a period (see <see cref="VisitReliabilityOf"/> for each definition), before the small-number rule.</summary>
internal sealed record VisitReliability(
    int Due,
    int Given,
    Share Missed,
    Share CancelledByCarer,
    Share CancelledLate,
    Share CheckedInOnTime,
    int People,
    Share GivenByTwoMostFrequentCarers,
    int PersonMonths,
    double? DistinctCarersPerPersonMonth,
    Share CoveredWithinTwoHours,
    Share CoveredWithinFourHours);
