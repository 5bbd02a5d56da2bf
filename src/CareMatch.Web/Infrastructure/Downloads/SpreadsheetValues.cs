using System.Globalization;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>How amounts and dates are written in downloads, so a spreadsheet reads them as numbers and dates.</summary>
public static class SpreadsheetValues
{
    /// <summary>Not Money.ToString: a spreadsheet needs a bare number here (75.50), not "£1,250".</summary>
    public static string Pounds(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as the UK's date and time to the minute (2026-04-06 09:30), which a spreadsheet reads as both.</summary>
    public static string UkDateTime(DateTimeOffset instant) => UkCalendar.ToUkTime(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
