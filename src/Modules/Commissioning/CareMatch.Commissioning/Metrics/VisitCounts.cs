namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// The visits due in a period, counted by the database: by outcome and lateness (with the on-time
/// and cover counts inside each); given visits per person and carer; and the person-months with a
/// visit given, with their distinct carers summed.
/// </summary>
internal sealed record VisitCounts(
    IReadOnlyList<OutcomeCount> ByOutcome,
    IReadOnlyList<(Guid RequestId, int Visits)> GivenByPersonAndCarer,
    int PersonMonths,
    int PersonMonthCarers);
