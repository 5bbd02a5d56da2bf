using System.Globalization;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>How amounts and dates are written in downloads, so a spreadsheet reads them as numbers and dates.</summary>
public static class SpreadsheetValues
{
    /// <summary>Not Money.ToString: a spreadsheet needs a bare number here (75.50), not "£1,250".</summary>
    public static string Pounds(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
