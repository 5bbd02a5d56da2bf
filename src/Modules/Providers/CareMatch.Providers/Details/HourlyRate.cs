using System.Globalization;

namespace CareMatch.Providers.Details;

/// <summary>Reads an hourly rate typed in pounds ("18.50", "£18", "18.5") into whole pence.</summary>
internal static class HourlyRate
{
    public static bool TryParsePence(string? typed, out long pence)
    {
        pence = 0;
        var text = typed?.Trim().TrimStart('£').Trim();
        if (string.IsNullOrEmpty(text)) return false;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds)) return false;
        // Pennies only: 18.505 is a slip, not a price.
        if (decimal.Round(pounds, 2) != pounds || pounds > 1_000_000m) return false;
        pence = (long)(pounds * 100m);
        return true;
    }
}
