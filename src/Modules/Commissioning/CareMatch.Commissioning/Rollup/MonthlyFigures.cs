namespace CareMatch.Commissioning.Rollup;

/// <summary>
/// One council district's figures for one calendar month (UK time), as the nightly roll-up last
/// counted them from the request, visit and carer facts; <see cref="District"/> is empty for the council as a whole,
/// whose medians cannot be worked out from its districts'. Counts are kept exact: the small-number
/// rule is applied when they are published, because secondary suppression depends on what is shown beside them.
/// </summary>
internal sealed class MonthlyFigures
{
    /// <summary>The row for the whole council, rather than one of its districts.</summary>
    public const string WholeCouncil = "";

    private MonthlyFigures()
    {
    }

    public Guid CouncilId { get; private set; }

    public string District { get; private set; } = WholeCouncil;

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    public int Posted { get; private set; }

    /// <summary>Of the requests posted this month, those whose 28 days have passed or that were delivered within them.</summary>
    public int DecidedAt28Days { get; private set; }

    public int DeliveredWithin28Days { get; private set; }

    /// <summary>Of the requests posted this month, those that have had a first visit: the base of the days to first visit.</summary>
    public int Delivered { get; private set; }

    /// <summary>In whole minutes (days are published to a tenth, so nothing is lost), as the store keeps no floating point.</summary>
    public int? MedianMinutesToFirstVisit { get; private set; }

    public int? Percentile90MinutesToFirstVisit { get; private set; }

    /// <summary>Of the requests posted this month, those a carer has answered: the base of the hours to the first answer.</summary>
    public int Responded { get; private set; }

    public int? MedianMinutesToFirstResponse { get; private set; }

    /// <summary>Of the requests posted this month, those whose first day has passed or that were answered within it.</summary>
    public int DecidedAtADay { get; private set; }

    public int AnsweredWithinADay { get; private set; }

    /// <summary>At the month's end (or when counted, for the month under way): requests open, with no carer booked, for more than 7 days.</summary>
    public int WaitingOver7Days { get; private set; }

    public int WaitingOver28Days { get; private set; }

    /// <summary>The weekly hours, in minutes, asked for by the requests waiting more than 7 days.</summary>
    public int WaitingWeeklyMinutes { get; private set; }

    /// <summary>The visits due in the month to people living in the district, by what became of them (see <see cref="VisitMonthCounts"/>).</summary>
    public int VisitsGiven { get; private set; }

    public int VisitsMissed { get; private set; }

    public int VisitsCancelledByCarer { get; private set; }

    public int VisitsCancelledByFamily { get; private set; }

    public int VisitsGivenWithKnownStart { get; private set; }

    public int VisitsCheckedInOnTime { get; private set; }

    /// <summary>People given a visit in the month, and the sum over them of the distinct carers who gave them one.</summary>
    public int PeopleGivenCare { get; private set; }

    public int PersonCarers { get; private set; }

    /// <summary>Carers based in the district whose checks were first all current in the month.</summary>
    public int NewlyVerifiedCarers { get; private set; }

    public static MonthlyFigures Of(
        Guid councilId, string district, DateOnly month, Metrics.RequestTimeliness timeliness, Metrics.UnmetNeedRow waiting, VisitMonthCounts visits, int newlyVerifiedCarers) => new()
    {
        CouncilId = councilId,
        District = district,
        Month = month,
        Posted = timeliness.Posted,
        DecidedAt28Days = timeliness.DeliveredWithin28Days.OutOf,
        DeliveredWithin28Days = timeliness.DeliveredWithin28Days.Count,
        Delivered = timeliness.Delivered,
        MedianMinutesToFirstVisit = Minutes(timeliness.MedianDaysToFirstVisit),
        Percentile90MinutesToFirstVisit = Minutes(timeliness.Percentile90DaysToFirstVisit),
        Responded = timeliness.Responded,
        MedianMinutesToFirstResponse = timeliness.MedianHoursToFirstResponse is { } hours ? (int)Math.Round(hours * 60) : null,
        DecidedAtADay = timeliness.RespondedWithinADay.OutOf,
        AnsweredWithinADay = timeliness.RespondedWithinADay.Count,
        WaitingOver7Days = waiting.WaitingOver7Days,
        WaitingOver28Days = waiting.WaitingOver28Days,
        WaitingWeeklyMinutes = (int)(waiting.WeeklyHoursOver7Days * 60),
        VisitsGiven = visits.Given,
        VisitsMissed = visits.Missed,
        VisitsCancelledByCarer = visits.CancelledByCarer,
        VisitsCancelledByFamily = visits.CancelledByFamily,
        VisitsGivenWithKnownStart = visits.GivenWithKnownStart,
        VisitsCheckedInOnTime = visits.CheckedInOnTime,
        PeopleGivenCare = visits.People,
        PersonCarers = visits.PersonCarers,
        NewlyVerifiedCarers = newlyVerifiedCarers,
    };

    private static int? Minutes(double? days) => days is { } d ? (int)Math.Round(d * 24 * 60) : null;
}
