using System.Text;
using CareMatch.Payments.Contracts;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>
/// A council's invoice as a spreadsheet: a row per visit (and per refund given back to a budget) with the council's case reference and our
/// budget number (never a name), the care, our fee and its VAT, then the total. Formula-safe (<see cref="Csv"/>).
/// </summary>
public static class CouncilInvoiceCsv
{
    public static string FileName(string invoiceNumber) => $"carematch-invoice-{invoiceNumber}.csv";

    public static byte[] Bytes(IReadOnlyList<CouncilInvoiceLine> lines) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv.Write([.. lines.Select(Row), Total(lines)]))];

    private static Dictionary<string, string?> Row(CouncilInvoiceLine line) => new(StringComparer.Ordinal)
    {
        ["Date of visit"] = SpreadsheetValues.Date(line.VisitDay),
        ["Visit reference"] = line.VisitReference,
        ["Line"] = line.IsRefund ? "Refund" : "Visit",
        ["Budget"] = line.BudgetNumber,
        ["Your case reference"] = line.CaseReference,
        ["Care (£)"] = SpreadsheetValues.Pounds(line.CarePence),
        ["Service fee (£)"] = SpreadsheetValues.Pounds(line.ServiceFeePence),
        ["VAT on the fee (£)"] = SpreadsheetValues.Pounds(line.VatPence),
        ["Total (£)"] = SpreadsheetValues.Pounds(line.TotalPence),
    };

    private static Dictionary<string, string?> Total(IReadOnlyList<CouncilInvoiceLine> lines) => new(StringComparer.Ordinal)
    {
        ["Date of visit"] = "Total",
        ["Visit reference"] = null,
        ["Line"] = null,
        ["Budget"] = null,
        ["Your case reference"] = null,
        ["Care (£)"] = SpreadsheetValues.Pounds(lines.Sum(l => l.CarePence)),
        ["Service fee (£)"] = SpreadsheetValues.Pounds(lines.Sum(l => l.ServiceFeePence)),
        ["VAT on the fee (£)"] = SpreadsheetValues.Pounds(lines.Sum(l => l.VatPence)),
        ["Total (£)"] = SpreadsheetValues.Pounds(lines.Sum(l => l.TotalPence)),
    };
}
