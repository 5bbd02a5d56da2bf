using System.Globalization;
using System.Text;
using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>
/// "How requests are met" as a spreadsheet: the same figures as the page (the weekly chart's too), a row per measure, with
/// the period and filters in every row so a saved file still says what it counts. A suppressed
/// figure says "suppressed" (a count from 1 to 4, or one that would reveal one). Formula-safe (<see cref="Csv"/>).
/// </summary>
public static class RequestTimelinessCsv
{
    private const string Suppressed = "suppressed";

    public static string FileName(RequestTimelinessView figures) => $"carematch-requests-{figures.From:yyyy-MM-dd}-to-{figures.To:yyyy-MM-dd}.csv";

    public static byte[] Bytes(RequestTimelinessView figures) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv.Write(
        [
            CountRow(figures, "Requests posted", figures.Posted),
            ShareRow(figures, "First visit within 7 days", figures.DeliveredWithin7Days),
            ShareRow(figures, "First visit within 14 days", figures.DeliveredWithin14Days),
            ShareRow(figures, "First visit within 28 days", figures.DeliveredWithin28Days),
            DaysRow(figures, "Days to the first visit: median", figures.MedianDaysToFirstVisit),
            DaysRow(figures, "Days to the first visit: 90th percentile", figures.Percentile90DaysToFirstVisit),
            .. figures.ByWeek.SelectMany(week => new[]
            {
                CountRow(figures, $"Requests posted in the week starting {SpreadsheetValues.Date(week.Starting)}", week.Posted),
                CountRow(figures, $"First visit within 7 days, of those posted in the week starting {SpreadsheetValues.Date(week.Starting)}", week.FirstVisitWithin7Days),
            }),
        ]))];

    private static Dictionary<string, string?> CountRow(RequestTimelinessView figures, string measure, PublishedCount count) =>
        Row(figures, measure, count.Suppressed ? Suppressed : Whole(count.Value), null, null);

    private static Dictionary<string, string?> ShareRow(RequestTimelinessView figures, string measure, PublishedShare share) => share.Suppressed
        ? Row(figures, measure, Suppressed, Suppressed, Suppressed)
        : Row(figures, measure, Whole(share.Count), Whole(share.OutOf), share.Fraction is { } fraction ? (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) : null);

    private static Dictionary<string, string?> DaysRow(RequestTimelinessView figures, string measure, PublishedDays days) =>
        Row(figures, measure, days.Suppressed ? Suppressed : days.Value?.ToString("0.00", CultureInfo.InvariantCulture), Whole(days.From), null);

    private static Dictionary<string, string?> Row(RequestTimelinessView figures, string measure, string? value, string? outOf, string? percent) => new(StringComparer.Ordinal)
    {
        ["Council"] = figures.CouncilName,
        ["Posted from"] = SpreadsheetValues.Date(figures.From),
        ["Posted to"] = SpreadsheetValues.Date(figures.To),
        ["District"] = figures.Filters.District ?? "All",
        ["Kind of care"] = figures.Filters.CareType ?? "All",
        ["Age band"] = figures.Filters.AgeBand ?? "All",
        ["Funding"] = figures.Filters.Funding ?? "All",
        ["Measure"] = measure,
        ["Value"] = value,
        ["Out of"] = outOf,
        ["Per cent"] = percent,
    };

    private static string? Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
