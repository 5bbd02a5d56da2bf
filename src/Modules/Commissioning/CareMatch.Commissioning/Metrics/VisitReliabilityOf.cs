using CareMatch.Commissioning.Activity;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// Continuity and reliability, as defined on the commissioner's page, over the visits due in the
/// period (given, missed, or cancelled by either side):
/// <list type="bullet">
/// <item><b>Missed</b>, <b>cancelled by the carer</b>, <b>cancelled late</b> (less than 24 hours' notice, by either side): shares of the visits due, shown per 100.</item>
/// <item><b>On time</b>: of the visits given whose start is known, those checked in no more than <see cref="OnTimeWithinMinutes"/> minutes after it (early counts as on time).</item>
/// <item><b>Continuity</b>: for each person (each request) with a visit given, their visits by their two most frequent carers; summed over people, as a share of all visits given. Someone with one or two carers is at 100%.</item>
/// <item><b>Cover within 2 hours</b> and <b>within 4 hours</b>: of the carers' cancellations of visits due in the period for which cover was sought, those where the family approved a carer to cover no more than 2 (or 4) hours after the cancellation, to the minute rounded up (exactly 2 hours counts).</item>
/// <item><b>Carers per person a month</b>: distinct carers who gave each person a visit in a calendar month, averaged over every person and month with a visit given.</item>
/// </list>
/// The counts come from the database grouped (see <see cref="VisitCounts"/>), so a year of a large council's visits is never loaded row by row.
/// </summary>
internal static class VisitReliabilityOf
{
    public const int OnTimeWithinMinutes = 10;

    public const int CoverSoonMinutes = 120;

    public const int CoverLaterMinutes = 240;

    public static VisitReliability Of(VisitCounts counts)
    {
        var due = counts.ByOutcome.Sum(o => o.Count);
        int Count(Func<OutcomeCount, bool> which) => counts.ByOutcome.Where(which).Sum(o => o.Count);
        var coverSought = counts.ByOutcome.Sum(o => o.CoverSought);
        var given = Count(o => o.Outcome == VisitOutcome.Given);
        var byPerson = counts.GivenByPersonAndCarer.GroupBy(p => p.RequestId).ToList();
        var byTopTwo = byPerson.Sum(person => person.Select(p => p.Visits).OrderDescending().Take(2).Sum());
        return new VisitReliability(
            due,
            given,
            new Share(Count(o => o.Outcome == VisitOutcome.Missed), due),
            new Share(Count(o => o.Outcome == VisitOutcome.CancelledByCarer), due),
            new Share(Count(o => o.Late), due),
            new Share(counts.ByOutcome.Sum(o => o.OnTime), counts.ByOutcome.Sum(o => o.WithKnownStart)),
            byPerson.Count,
            new Share(byTopTwo, given),
            counts.PersonMonths,
            counts.PersonMonths == 0 ? null : (double)counts.PersonMonthCarers / counts.PersonMonths,
            new Share(counts.ByOutcome.Sum(o => o.CoveredWithinTwoHours), coverSought),
            new Share(counts.ByOutcome.Sum(o => o.CoveredWithinFourHours), coverSought));
    }
}
