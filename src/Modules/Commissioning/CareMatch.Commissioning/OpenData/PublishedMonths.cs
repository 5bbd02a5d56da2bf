using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Metrics;
using CareMatch.Commissioning.Rollup;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Commissioning.OpenData;

/// <summary>
/// A council's rolled-up months as open data publishes them. Within each month the districts and
/// the whole council are a table with a total, so every count column is suppressed together
/// (<see cref="SecondarySuppression"/>). No published figure can be subtracted from another to
/// reveal a small number, which shapes what is published:
/// <list type="bullet">
/// <item>waiting requests are in two bands that do not overlap (8 to 28 days, over 28 days), not "over 7" and "over 28", whose difference would be a third count;</item>
/// <item>the 28-day share is published only once all the month's requests are 28 days old, when its whole is the month's requests (and is hidden wherever they are);</item>
/// <item>days to first visit are published without the number of requests they are over, which would otherwise sit beside the posted count, and so are the hours to a carer's first answer;</item>
/// <item>the share answered within a day waits, like the 28-day share, until its whole is the month's requests;</item>
/// <item>visits are published by what became of them, a partition without its total, so none is the difference of others; the late cancellations, which overlap both kinds of cancellation, are not published;</item>
/// <item>the on-time share's whole is the visits given, so it is hidden wherever they are;</item>
/// <item>carers per person is an average over people whose number is not published, hidden under 5 people.</item>
/// </list>
/// </summary>
internal static class PublishedMonths
{
    public static IReadOnlyList<OpenFiguresRow> Of(IReadOnlyList<MonthlyFigures> figures, DateTimeOffset computedAt) =>
    [
        .. figures.GroupBy(f => f.Month).OrderBy(g => g.Key).SelectMany(month => Month(month.Key, [.. month], computedAt)),
    ];

    private static IEnumerable<OpenFiguresRow> Month(DateOnly month, List<MonthlyFigures> rows, DateTimeOffset computedAt)
    {
        var whole = rows.Single(r => r.District == MonthlyFigures.WholeCouncil);
        var districts = rows.Where(r => r.District != MonthlyFigures.WholeCouncil).OrderBy(r => r.District, Councils.DistrictOrder.Natural).ToList();
        var monthEnd = UkCalendar.ToInstant(month.AddMonths(1), TimeOnly.MinValue);
        var shareKnown = monthEnd.AddDays(28) <= computedAt;
        var answeredKnown = monthEnd.AddDays(1) <= computedAt;

        var posted = SecondarySuppression.Hidden([.. districts.Select(d => d.Posted)]);
        // Once known, a share's whole is the month's requests: where those are hidden, so is the share, or its whole would give them away.
        var within28 = SecondarySuppression.Hidden([.. districts.Select(Within28)], posted);
        var withinADay = SecondarySuppression.Hidden([.. districts.Select(AnsweredInADay)], posted);
        var band8To28 = SecondarySuppression.Hidden([.. districts.Select(Waiting8To28)]);
        var over28 = SecondarySuppression.Hidden([.. districts.Select(d => d.WaitingOver28Days)]);
        var given = SecondarySuppression.Hidden([.. districts.Select(d => d.VisitsGiven)]);
        var missed = SecondarySuppression.Hidden([.. districts.Select(d => d.VisitsMissed)]);
        var cancelledByCarer = SecondarySuppression.Hidden([.. districts.Select(d => d.VisitsCancelledByCarer)]);
        var cancelledByFamily = SecondarySuppression.Hidden([.. districts.Select(d => d.VisitsCancelledByFamily)]);
        // A district whose on-time share is not known is hidden from the start: the whole council's is then not known either.
        var onTime = SecondarySuppression.Hidden([.. districts.Select(OnTime)], [.. districts.Select((d, i) => given[i] || !OnTimeKnown(d))]);
        var newlyVerified = SecondarySuppression.Hidden([.. districts.Select(d => d.NewlyVerifiedCarers)]);

        foreach (var (district, i) in districts.Select((d, i) => (d, i)))
        {
            yield return new OpenFiguresRow(month, district.District,
                new PublishedCount(posted[i] ? null : district.Posted),
                shareKnown ? (within28[i] ? new PublishedShare(null, null) : new PublishedShare(district.DeliveredWithin28Days, district.DecidedAt28Days)) : null,
                Days(district.MedianMinutesToFirstVisit, district.Delivered),
                Days(district.Percentile90MinutesToFirstVisit, district.Delivered),
                FirstResponseHours(district),
                answeredKnown ? (withinADay[i] ? new PublishedShare(null, null) : new PublishedShare(district.AnsweredWithinADay, district.DecidedAtADay)) : null,
                new PublishedCount(band8To28[i] ? null : Waiting8To28(district)),
                new PublishedCount(over28[i] ? null : district.WaitingOver28Days),
                Hours(district),
                new PublishedCount(given[i] ? null : district.VisitsGiven),
                new PublishedCount(missed[i] ? null : district.VisitsMissed),
                new PublishedCount(cancelledByCarer[i] ? null : district.VisitsCancelledByCarer),
                new PublishedCount(cancelledByFamily[i] ? null : district.VisitsCancelledByFamily),
                !OnTimeKnown(district) ? null : onTime[i] ? new PublishedShare(null, null) : new PublishedShare(district.VisitsCheckedInOnTime, district.VisitsGiven),
                CarersPerPerson(district),
                new PublishedCount(newlyVerified[i] ? null : district.NewlyVerifiedCarers));
        }

        yield return new OpenFiguresRow(month, null,
            SmallNumbers.Count(whole.Posted),
            shareKnown ? SmallNumbers.Share(Within28(whole)) : null,
            Days(whole.MedianMinutesToFirstVisit, whole.Delivered),
            Days(whole.Percentile90MinutesToFirstVisit, whole.Delivered),
            FirstResponseHours(whole),
            answeredKnown ? SmallNumbers.Share(AnsweredInADay(whole)) : null,
            SmallNumbers.Count(Waiting8To28(whole)),
            SmallNumbers.Count(whole.WaitingOver28Days),
            Hours(whole),
            SmallNumbers.Count(whole.VisitsGiven),
            SmallNumbers.Count(whole.VisitsMissed),
            SmallNumbers.Count(whole.VisitsCancelledByCarer),
            SmallNumbers.Count(whole.VisitsCancelledByFamily),
            OnTimeKnown(whole) ? SmallNumbers.Share(OnTime(whole)) : null,
            CarersPerPerson(whole),
            SmallNumbers.Count(whole.NewlyVerifiedCarers));
    }

    /// <summary>Visits checked in no more than 10 minutes after their start, of the visits given.</summary>
    private static Share OnTime(MonthlyFigures figures) => new(figures.VisitsCheckedInOnTime, figures.VisitsGiven);

    /// <summary>Only where every visit given has a known start: otherwise the share would be out of fewer visits than the given count beside it, and the difference would be a count of its own.</summary>
    private static bool OnTimeKnown(MonthlyFigures figures) => figures.VisitsGivenWithKnownStart == figures.VisitsGiven;

    /// <summary>The average, to one decimal place, of the distinct carers who gave each person a visit in the month; hidden under 5 people, where it would describe them.</summary>
    private static PublishedValue CarersPerPerson(MonthlyFigures figures) =>
        SmallNumbers.IsSmall(figures.PeopleGivenCare) ? PublishedValue.Hidden
        : new(figures.PeopleGivenCare == 0 ? null : Math.Round((decimal)figures.PersonCarers / figures.PeopleGivenCare, 1), false);

    private static Share AnsweredInADay(MonthlyFigures figures) => new(figures.AnsweredWithinADay, figures.DecidedAtADay);

    /// <summary>The median hours from posting to a carer's first answer, to one decimal place, without the number of requests behind it; hidden under 5.</summary>
    private static PublishedValue FirstResponseHours(MonthlyFigures figures) =>
        SmallNumbers.IsSmall(figures.Responded) ? PublishedValue.Hidden
        : new(figures.MedianMinutesToFirstResponse is { } m ? Math.Round(m / 60m, 1) : null, false);

    private static Share Within28(MonthlyFigures figures) => new(figures.DeliveredWithin28Days, figures.DecidedAt28Days);

    private static int Waiting8To28(MonthlyFigures figures) => figures.WaitingOver7Days - figures.WaitingOver28Days;

    /// <summary>Hours are not a count of people, but the hours of one or two requests would describe them: hidden with fewer than 5 behind them.</summary>
    private static PublishedValue Hours(MonthlyFigures figures) =>
        SmallNumbers.IsSmall(figures.WaitingOver7Days) ? PublishedValue.Hidden : new(Math.Round(figures.WaitingWeeklyMinutes / 60m, 1), false);

    /// <summary>The days, without the number of requests behind them (see the class comment).</summary>
    private static PublishedValue Days(int? minutes, int from) =>
        SmallNumbers.IsSmall(from) ? PublishedValue.Hidden : new(minutes is { } m ? Math.Round(m / (24m * 60), 1) : null, false);
}
