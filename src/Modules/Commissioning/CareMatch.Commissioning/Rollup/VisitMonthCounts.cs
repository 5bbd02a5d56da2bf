namespace CareMatch.Commissioning.Rollup;

/// <summary>
/// One district's visits due in one month (UK time), as open data counts them: what became of
/// them (a partition of the visits due, so no one count is the difference of others), the visits
/// given whose start is known and those checked in on time, and the people given care with the
/// distinct carers each had (summed), for carers per person.
/// </summary>
internal sealed record VisitMonthCounts(
    string District,
    DateOnly Month,
    int Given,
    int Missed,
    int CancelledByCarer,
    int CancelledByFamily,
    int GivenWithKnownStart,
    int CheckedInOnTime,
    int People,
    int PersonCarers)
{
    public static VisitMonthCounts None(string district, DateOnly month) => new(district, month, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Two districts' counts together: every field is a count of visits or of people, and a person's requests are in one district.</summary>
    public VisitMonthCounts Plus(VisitMonthCounts other) => this with
    {
        Given = Given + other.Given,
        Missed = Missed + other.Missed,
        CancelledByCarer = CancelledByCarer + other.CancelledByCarer,
        CancelledByFamily = CancelledByFamily + other.CancelledByFamily,
        GivenWithKnownStart = GivenWithKnownStart + other.GivenWithKnownStart,
        CheckedInOnTime = CheckedInOnTime + other.CheckedInOnTime,
        People = People + other.People,
        PersonCarers = PersonCarers + other.PersonCarers,
    };
}
