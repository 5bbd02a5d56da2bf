using System.Globalization;
using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>
/// "Where need is waiting" as a spreadsheet: the council, the time the figures stood at and the kind of
/// care, age band and funding they count in every row, then each district's waiting requests and hours
/// (the council's in all as district "All", left out when one district is chosen, as it would repeat
/// that district's), then why requests wait more than 28 days (in the district chosen, or "All"). Hidden figures say "suppressed" (<see cref="CommissionerCsvRows"/>). Formula-safe (<see cref="Csv"/>).
/// </summary>
public static class UnmetNeedCsv
{
    public static string FileName(UnmetNeedView need) => $"carematch-unmet-{UkCalendar.ToUkTime(need.AsOf):yyyy-MM-dd}.csv";

    public static byte[] Bytes(UnmetNeedView need)
    {
        Dictionary<string, string?> Row(string district, string measure, string? value, string? mostOftenMissed = null) => new(StringComparer.Ordinal)
        {
            ["Council"] = need.CouncilName,
            ["As of"] = SpreadsheetValues.UkDateTime(need.AsOf),
            ["District"] = district,
            ["Kind of care"] = need.Filters.CareType ?? "All",
            ["Age band"] = need.Filters.AgeBand ?? "All",
            ["Funding"] = need.Filters.Funding ?? "All",
            ["Measure"] = measure,
            ["Value"] = value,
            ["Most often missed"] = mostOftenMissed,
        };
        return CommissionerCsvRows.Bytes(
        [
            .. need.Rows.SelectMany(row => new[]
            {
                Row(row.District, "Requests waiting 8 to 28 days", CommissionerCsvRows.Value(row.Waiting8To28Days)),
                Row(row.District, "Requests waiting more than 28 days", CommissionerCsvRows.Value(row.WaitingOver28Days)),
                Row(row.District, "Hours a week asked by requests waiting more than 7 days", row.WeeklyHoursOver7Days?.ToString("0.##", CultureInfo.InvariantCulture) ?? CommissionerCsvRows.Suppressed),
            }),
            .. need.WhyOver28Days.Select(why => Row(need.Filters.District ?? "All", $"Waiting more than 28 days because: {why.Reason}", CommissionerCsvRows.Value(why.Requests), why.MostOftenMissed)),
        ]);
    }
}
