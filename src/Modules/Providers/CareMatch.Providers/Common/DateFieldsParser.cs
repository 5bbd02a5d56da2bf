using System.Globalization;
using CareMatch.Providers.Contracts;

namespace CareMatch.Providers.Common;

/// <summary>Reads a date typed in three boxes, with the GOV.UK messages for each way it can be wrong.</summary>
internal static class DateFieldsParser
{
    /// <summary>Null and no error for a blank date; null with an error for a wrong one.</summary>
    public static DateOnly? Parse(DateFields? fields, string what, out string? error)
    {
        error = null;
        if (fields is null || fields.IsBlank) return null;
        if (!int.TryParse(fields.Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(fields.Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(fields.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            error = $"{what} must include a day, month and year as numbers";
            return null;
        }
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"{what} must be a real date";
            return null;
        }
        return new DateOnly(year, month, day);
    }
}
