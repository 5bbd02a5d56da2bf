namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// The visits due in a period, counted by the database: by outcome and lateness; given visits with
/// a known start and those on time; given visits per person and carer; and the person-months with a
/// visit given, with their distinct carers summed.
/// </summary>
internal sealed record VisitCounts(
    IReadOnlyList<(Activity.VisitOutcome Outcome, bool Late, int Count)> ByOutcome,
    int GivenWithKnownStart,
    int OnTime,
    IReadOnlyList<(Guid RequestId, int Visits)> GivenByPersonAndCarer,
    int PersonMonths,
    int PersonMonthCarers);
