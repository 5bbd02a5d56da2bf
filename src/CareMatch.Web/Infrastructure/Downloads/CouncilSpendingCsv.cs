using System.Globalization;
using System.Text;
using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>
/// "Spend on personal budgets" as a spreadsheet: the council and the day in every row, then a
/// measure, its value (pounds or a count), what it is out of and the per cent. Suppressed figures
/// say "suppressed". Formula-safe (<see cref="Csv"/>).
/// </summary>
public static class CouncilSpendingCsv
{
    public static string FileName(CouncilSpendingView figures) => $"carematch-spend-{figures.Today:yyyy-MM-dd}.csv";

    public static byte[] Bytes(CouncilSpendingView figures)
    {
        var totals = figures.Totals;
        string? Pounds(Func<SpendTotals, long> amount) => totals is null ? CommissionerCsvRows.Suppressed : SpreadsheetValues.Pounds(amount(totals));
        Dictionary<string, string?> Row(string measure, string? value, string? outOf = null, string? percent = null) => new(StringComparer.Ordinal)
        {
            ["Council"] = figures.CouncilName,
            ["As of"] = SpreadsheetValues.Date(figures.Today),
            ["Measure"] = measure,
            ["Value"] = value,
            ["Out of"] = outOf,
            ["Per cent"] = percent,
        };
        Dictionary<string, string?> Count(string measure, PublishedCount count) => Row(measure, count.Value?.ToString(CultureInfo.InvariantCulture) ?? CommissionerCsvRows.Suppressed);
        var own = figures.DirectingOwnCare;
        var spentPercent = totals is null ? CommissionerCsvRows.Suppressed : Percent(totals.SpentShare);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv.Write(
        [
            Count("Budgets agreed", figures.Agreed),
            Row("Allocated (£)", Pounds(t => t.AllocatedPence)),
            Row("Spent (£)", Pounds(t => t.SpentPence), Pounds(t => t.AllocatedPence), spentPercent),
            Row("Committed to visits booked ahead (£)", Pounds(t => t.CommittedPence)),
            Row("Left (£)", Pounds(t => t.LeftPence)),
            own.Suppressed
                ? Row("People directing their own care with their budget", CommissionerCsvRows.Suppressed, CommissionerCsvRows.Suppressed, CommissionerCsvRows.Suppressed)
                : Row("People directing their own care with their budget", CommissionerCsvRows.Whole(own.Count), CommissionerCsvRows.Whole(own.OutOf), Percent(own.Fraction)),
            Count("Balance held under 4 weeks of care", figures.HeldUnderFourWeeks),
            Count("Balance held 4 to 8 weeks of care", figures.HeldFourToEightWeeks),
            Count("Balance held over 8 weeks of care", figures.HeldOverEightWeeks),
            Count("No care booked ahead", figures.NoCareBookedAhead),
            Count("Budgets ended", figures.Ended),
        ]))];
    }

    private static string? Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0.0", CultureInfo.InvariantCulture) : null;
}
