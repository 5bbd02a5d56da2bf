using System.Globalization;
using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>
/// "Workforce and the market" as a spreadsheet: the council's figures, then each district's, its
/// name in the District column (see <see cref="CommissionerCsvRows"/>). Amounts in pounds; hours a week.
/// </summary>
public static class WorkforceCsv
{
    public static string FileName(WorkforceView figures) => $"carematch-workforce-{figures.From:yyyy-MM-dd}-to-{figures.To:yyyy-MM-dd}.csv";

    public static byte[] Bytes(WorkforceView figures)
    {
        var rows = Rows(figures, figures.Filters);
        List<IReadOnlyDictionary<string, string?>> all =
        [
            rows.Count("Carers people can book", figures.Bookable),
            rows.Count("Newly verified carers", figures.NewlyVerified),
            rows.Count("Active carers", figures.Active),
            rows.Row("Hours offered a week", Hours(figures.HoursOfferedAWeek), null, null),
            rows.Count("Requests with a carer booked", figures.RequestsBooked),
            rows.Row("Hours booked a week", Hours(figures.HoursBookedAWeek), null, null),
            rows.Row("Middle hourly rate (£)", Pounds(figures.MedianHourlyRatePence), null, null),
            rows.Row("Framework hourly rate (£)", figures.FrameworkHourlyRatePence is { } rate ? SpreadsheetValues.Pounds(rate) : null, null, null),
            figures.AtOrUnderFramework is { } share ? rows.Share("Carers charging no more than the framework rate", share) : rows.Row("Carers charging no more than the framework rate", null, null, null),
            rows.Row("Carer's pay an hour after fees, at the middle rate (£)", Pounds(figures.MedianPayAfterFeesPence), null, null),
        ];
        foreach (var district in figures.ByDistrict)
        {
            var inDistrict = Rows(figures, figures.Filters with { District = district.District });
            all.Add(inDistrict.Count("Carers people can book", district.Bookable));
            all.Add(inDistrict.Count("Newly verified carers", district.NewlyVerified));
            all.Add(inDistrict.Row("Hours offered a week", Hours(district.HoursOfferedAWeek), null, null));
        }
        return CommissionerCsvRows.Bytes(all);
    }

    private static CommissionerCsvRows Rows(WorkforceView figures, RequestFilters filters) => new(figures.CouncilName, "Period", figures.From, figures.To, filters);

    private static string? Hours(PublishedValue hours) => hours.Suppressed ? CommissionerCsvRows.Suppressed : hours.Value?.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A median needs 5 rates; under that it is suppressed like a small count.</summary>
    private static string Pounds(long? pence) => pence is { } amount ? SpreadsheetValues.Pounds(amount) : CommissionerCsvRows.Suppressed;
}
