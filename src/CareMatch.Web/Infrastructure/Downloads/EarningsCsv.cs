using System.Globalization;
using System.Text;
using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Time;
using static CareMatch.Web.Infrastructure.Downloads.SpreadsheetValues;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>
/// A carer's earnings in one tax year as a spreadsheet for their Self Assessment: a row per visit
/// paid (what was sent, anything taken back after a complaint upheld against them, and what they
/// kept), then the totals. Amounts are plain pounds with two decimals (75.50, no £ sign or
/// thousands comma) and dates are ISO (2026-04-06) so a spreadsheet reads them as numbers and
/// dates; dates are the UK's. Cells go through <see cref="Csv"/>, which neutralises formulas.
/// </summary>
public static class EarningsCsv
{
    public static string FileName(TaxYearEarnings earnings) => $"carematch-earnings-{earnings.ShortName}.csv";

    /// <summary>UTF-8 with a byte order mark, so spreadsheets do not misread it.</summary>
    public static byte[] Bytes(TaxYearEarnings earnings) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text(earnings))];

    public static string Text(TaxYearEarnings earnings) =>
        Csv.Write([.. earnings.Visits.Where(v => v.Charge is not null).Select(Row), TotalsRow(earnings.Totals)]);

    private static Dictionary<string, string?> Row(VisitPaymentView visit)
    {
        var charge = visit.Charge!;
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Date of visit"] = Date(UkDate(visit.StartsAt)),
            ["Reference"] = visit.Reference,
            ["Hours"] = Hours(charge.Hours),
            ["Hourly rate (£)"] = Pounds(charge.HourlyRatePence),
            ["Care (£)"] = Pounds(charge.CarePence),
            ["Commission (£)"] = Pounds(charge.CommissionPence),
            ["VAT on commission (£)"] = Pounds(charge.CommissionVatPence),
            ["Net paid (£)"] = Pounds(charge.CarerGetsPence),
            ["Taken back (£)"] = Pounds(visit.TakenBackFromCarerPence),
            ["Net kept (£)"] = Pounds(charge.CarerGetsPence - visit.TakenBackFromCarerPence),
            ["Date paid"] = visit.PaidToCarerAt is { } sent ? Date(UkDate(sent)) : null,
            ["Expected in bank"] = visit.ExpectedInBank is { } day ? Date(day) : null,
        };
    }

    /// <summary>Names every column too, so a year with no visits still has the full header.</summary>
    private static Dictionary<string, string?> TotalsRow(EarningsTotals totals) => new(StringComparer.Ordinal)
    {
        ["Date of visit"] = "Total",
        ["Reference"] = null,
        ["Hours"] = Hours(totals.Hours),
        ["Hourly rate (£)"] = null,
        ["Care (£)"] = Pounds(totals.CarePence),
        ["Commission (£)"] = Pounds(totals.CommissionPence),
        ["VAT on commission (£)"] = Pounds(totals.CommissionVatPence),
        ["Net paid (£)"] = Pounds(totals.NetPence),
        ["Taken back (£)"] = Pounds(totals.TakenBackPence),
        ["Net kept (£)"] = Pounds(totals.NetPence - totals.TakenBackPence),
        ["Date paid"] = null,
        ["Expected in bank"] = null,
    };

    private static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(UkCalendar.ToUkTime(instant).DateTime);
}
