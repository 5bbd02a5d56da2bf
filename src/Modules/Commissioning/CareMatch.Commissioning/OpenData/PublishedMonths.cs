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
/// <item>days to first visit are published without the number of requests they are over, which would otherwise sit beside the posted count.</item>
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
        var shareKnown = UkCalendar.ToInstant(month.AddMonths(1), TimeOnly.MinValue).AddDays(28) <= computedAt;

        var posted = SecondarySuppression.Hidden([.. districts.Select(d => d.Posted)]);
        // Once known, a share's whole is the month's requests: where those are hidden, so is the share, or its whole would give them away.
        var within28 = SecondarySuppression.Hidden([.. districts.Select(Within28)], posted);
        var band8To28 = SecondarySuppression.Hidden([.. districts.Select(Waiting8To28)]);
        var over28 = SecondarySuppression.Hidden([.. districts.Select(d => d.WaitingOver28Days)]);

        foreach (var (district, i) in districts.Select((d, i) => (d, i)))
        {
            yield return new OpenFiguresRow(month, district.District,
                new PublishedCount(posted[i] ? null : district.Posted),
                shareKnown ? (within28[i] ? new PublishedShare(null, null) : new PublishedShare(district.DeliveredWithin28Days, district.DecidedAt28Days)) : null,
                Days(district.MedianMinutesToFirstVisit, district.Delivered),
                Days(district.Percentile90MinutesToFirstVisit, district.Delivered),
                new PublishedCount(band8To28[i] ? null : Waiting8To28(district)),
                new PublishedCount(over28[i] ? null : district.WaitingOver28Days),
                Hours(district));
        }

        yield return new OpenFiguresRow(month, null,
            SmallNumbers.Count(whole.Posted),
            shareKnown ? SmallNumbers.Share(Within28(whole)) : null,
            Days(whole.MedianMinutesToFirstVisit, whole.Delivered),
            Days(whole.Percentile90MinutesToFirstVisit, whole.Delivered),
            SmallNumbers.Count(Waiting8To28(whole)),
            SmallNumbers.Count(whole.WaitingOver28Days),
            Hours(whole));
    }

    private static Share Within28(MonthlyFigures figures) => new(figures.DeliveredWithin28Days, figures.DecidedAt28Days);

    private static int Waiting8To28(MonthlyFigures figures) => figures.WaitingOver7Days - figures.WaitingOver28Days;

    /// <summary>Hours are not a count of people, but the hours of one or two requests would describe them: hidden with fewer than 5 behind them.</summary>
    private static PublishedValue Hours(MonthlyFigures figures) =>
        SmallNumbers.IsSmall(figures.WaitingOver7Days) ? PublishedValue.Hidden : new(Math.Round(figures.WaitingWeeklyMinutes / 60m, 1), false);

    /// <summary>The days, without the number of requests behind them (see the class comment).</summary>
    private static PublishedValue Days(int? minutes, int from) =>
        SmallNumbers.IsSmall(from) ? PublishedValue.Hidden : new(minutes is { } m ? Math.Round(m / (24m * 60), 1) : null, false);
}
