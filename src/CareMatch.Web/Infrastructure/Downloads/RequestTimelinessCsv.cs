using System.Globalization;
using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>"How requests are met" as a spreadsheet: the same figures as the page (the weekly chart's too), a row per measure (see <see cref="CommissionerCsvRows"/>).</summary>
public static class RequestTimelinessCsv
{
    public static string FileName(RequestTimelinessView figures) => $"carematch-requests-{figures.From:yyyy-MM-dd}-to-{figures.To:yyyy-MM-dd}.csv";

    public static byte[] Bytes(RequestTimelinessView figures)
    {
        var rows = new CommissionerCsvRows(figures.CouncilName, "Posted", figures.From, figures.To, figures.Filters);
        return CommissionerCsvRows.Bytes(
        [
            rows.Count("Requests posted", figures.Posted),
            rows.Share("First visit within 7 days", figures.DeliveredWithin7Days),
            rows.Share("First visit within 14 days", figures.DeliveredWithin14Days),
            rows.Share("First visit within 28 days", figures.DeliveredWithin28Days),
            Days(rows, "Days to the first visit: median", figures.MedianDaysToFirstVisit),
            Days(rows, "Days to the first visit: 90th percentile", figures.Percentile90DaysToFirstVisit),
            rows.Row("Hours to a carer's first answer: median", figures.MedianHoursToFirstResponse.Suppressed ? CommissionerCsvRows.Suppressed : figures.MedianHoursToFirstResponse.Value?.ToString("0.0", CultureInfo.InvariantCulture), null, null),
            rows.Share("A carer's answer within a day", figures.RespondedWithinADay),
            rows.Count("Requests that waited for a carer in the period", figures.NotGiven.RequestsWaiting),
            Hours(rows, "Hours asked for and not given while waiting for a carer", figures.NotGiven.WaitingForACarer),
            rows.Count("Visits missed or not covered", figures.NotGiven.VisitsLost),
            Hours(rows, "Hours of visits missed or not covered", figures.NotGiven.OfVisitsLost),
            Hours(rows, "Hours asked for and not given in all", figures.NotGiven.InAll),
            .. figures.ByWeek.SelectMany(week => new[]
            {
                rows.Count($"Requests posted in the week starting {SpreadsheetValues.Date(week.Starting)}", week.Posted),
                rows.Count($"First visit within 7 days, of those posted in the week starting {SpreadsheetValues.Date(week.Starting)}", week.FirstVisitWithin7Days),
            }),
        ]);
    }

    private static IReadOnlyDictionary<string, string?> Hours(CommissionerCsvRows rows, string measure, PublishedValue hours) =>
        rows.Row(measure, hours.Suppressed ? CommissionerCsvRows.Suppressed : hours.Value?.ToString("0", CultureInfo.InvariantCulture), null, null);

    private static IReadOnlyDictionary<string, string?> Days(CommissionerCsvRows rows, string measure, PublishedDays days) =>
        rows.Row(measure, days.Suppressed ? CommissionerCsvRows.Suppressed : days.Value?.ToString("0.00", CultureInfo.InvariantCulture), CommissionerCsvRows.Whole(days.From), null);
}
