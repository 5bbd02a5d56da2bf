using System.Globalization;
using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Infrastructure.OpenData;

/// <summary>
/// Every column open data publishes, in order. JSON, CSV, the OpenAPI document and the human page
/// are all made from this one list, so the documentation cannot drift from the data.
/// </summary>
public static class OpenDataFields
{
    public const string SuppressedName = "suppressed";

    public static IReadOnlyList<OpenDataField> All { get; } =
    [
        new("month", "string", "The calendar month (UK time), as YYYY-MM.", r => r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), _ => false),
        new("district", "string", "The postcode district (for example LS6), or empty (null in JSON) for the council as a whole.", r => r.District, _ => false),
        new("requestsPosted", "integer", "Care requests posted in the month for people living in the district.",
            r => r.RequestsPosted.Value, r => r.RequestsPosted.Suppressed),
        new("deliveredWithin28Days", "integer",
            "Of the requests posted in the month, how many had their first visit checked in within 28 days (28 × 24 hours) of posting. Empty until every request posted in the month is 28 days old.",
            r => r.DeliveredWithin28Days?.Count, r => r.DeliveredWithin28Days?.Suppressed == true),
        new("deliveredWithin28DaysOutOf", "integer", "The requests the 28-day figure is out of: all those posted in the month, once it is known.",
            r => r.DeliveredWithin28Days?.OutOf, r => r.DeliveredWithin28Days?.Suppressed == true),
        new("medianDaysToFirstVisit", "number",
            "For the month's requests that have had a visit, the median days from posting to the first check-in (the mean of the middle two when their number is even), to one decimal place.",
            r => r.MedianDaysToFirstVisit.Value, r => r.MedianDaysToFirstVisit.Suppressed),
        new("percentile90DaysToFirstVisit", "number", "The same days' 90th percentile (nearest rank): nine in ten first visits came at least this soon.",
            r => r.Percentile90DaysToFirstVisit.Value, r => r.Percentile90DaysToFirstVisit.Suppressed),
        new("medianHoursToFirstResponse", "number",
            "For the month's requests that a carer has answered (applied to, or accepted or declined an invitation to), the median hours from posting to the first answer, to one decimal place.",
            r => r.MedianHoursToFirstResponse.Value, r => r.MedianHoursToFirstResponse.Suppressed),
        new("answeredWithinADay", "integer",
            "Of the requests posted in the month, how many a carer answered within 24 hours of posting. Empty until every request posted in the month is a day old.",
            r => r.AnsweredWithinADay?.Count, r => r.AnsweredWithinADay?.Suppressed == true),
        new("answeredWithinADayOutOf", "integer", "The requests the one-day figure is out of: all those posted in the month, once it is known.",
            r => r.AnsweredWithinADay?.OutOf, r => r.AnsweredWithinADay?.Suppressed == true),
        new("waiting8To28Days", "integer",
            "At the month's end (or when counted, for the month under way): requests still open with no carer booked, posted more than 7 and at most 28 days before.",
            r => r.Waiting8To28Days.Value, r => r.Waiting8To28Days.Suppressed),
        new("waitingOver28Days", "integer", "At the same moment: requests still open with no carer booked, posted more than 28 days before.",
            r => r.WaitingOver28Days.Value, r => r.WaitingOver28Days.Suppressed),
        new("waitingWeeklyHours", "number", "The hours of care a week asked for by all the requests waiting more than 7 days, to one decimal place.",
            r => r.WaitingWeeklyHours.Value, r => r.WaitingWeeklyHours.Suppressed),
        new("visitsGiven", "integer",
            "Visits due in the month to people living in the district that were given (checked in and out). A visit belongs to the month it was due to start in (UK time).",
            r => r.VisitsGiven.Value, r => r.VisitsGiven.Suppressed),
        new("visitsMissed", "integer", "Visits due in the month that nobody checked in to and nobody cancelled.",
            r => r.VisitsMissed.Value, r => r.VisitsMissed.Suppressed),
        new("visitsCancelledByCarer", "integer", "Visits due in the month that the carer cancelled (whether or not another carer then covered them).",
            r => r.VisitsCancelledByCarer.Value, r => r.VisitsCancelledByCarer.Suppressed),
        new("visitsCancelledByFamily", "integer",
            "Visits due in the month that the person or their family cancelled. Given, missed and the two kinds of cancellation together are every visit due; their total is not published, so no one of them can be worked out from the others.",
            r => r.VisitsCancelledByFamily.Value, r => r.VisitsCancelledByFamily.Suppressed),
        new("visitsCheckedInOnTime", "integer",
            "Of the visits given, those the carer checked in to no more than 10 minutes after the start (early counts as on time). Empty where some of the month's visits were given before start times were recorded.",
            r => r.VisitsCheckedInOnTime?.Count, r => r.VisitsCheckedInOnTime?.Suppressed == true),
        new("visitsCheckedInOnTimeOutOf", "integer", "The visits the on-time figure is out of: the visits given.",
            r => r.VisitsCheckedInOnTime?.OutOf, r => r.VisitsCheckedInOnTime?.Suppressed == true),
        new("carersPerPerson", "number",
            "For the people given a visit in the month, the average number of different carers who gave them one, to one decimal place (1.0: each person saw one carer all month). Withheld when fewer than 5 people are behind it.",
            r => r.CarersPerPerson.Value, r => r.CarersPerPerson.Suppressed),
        new("newlyVerifiedCarers", "integer", "Carers based in the district (where they live) first verified in the month: their DBS check, right to work, insurance and two references all checked by CareMatch. A carer verified again after a lapse is counted in the month of their first.",
            r => r.NewlyVerifiedCarers.Value, r => r.NewlyVerifiedCarers.Suppressed),
    ];

    /// <summary>The names of the fields withheld in this row.</summary>
    public static IReadOnlyList<string> SuppressedIn(OpenFiguresRow row) => [.. All.Where(f => f.Suppressed(row)).Select(f => f.Name)];
}
